package quote

// unmarkedPlurals are plural person nouns without a plural -s ("Police
// said", "People say", "Staff said"): opening their sentence they are
// descriptions, as "Officials said" is (openerDescriptions; round 30a).
var unmarkedPlurals = set(`police people staff personnel clergy`)
