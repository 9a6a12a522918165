package api

import (
	"context"
	"fmt"
	"testing"
)

// decodeMessages pins every message the decoder builds, as a single
// request (json), as analyze --actors reads a file (actors) and as a batch
// line (line, the whole answer line): the decoder is told which of these it
// decodes, and a reworded message, or one that lost a hint, shows here.
var decodeMessages = []struct{ mode, in, want string }{
	{"json", "", "400 /problems/malformed-json request body is empty; send a JSON object such as {\"text\": \"...\"} []"},
	{"json", "   ", "400 /problems/malformed-json request body is empty; send a JSON object such as {\"text\": \"...\"} []"},
	{"json", "{\"text\": \"abc", "400 /problems/malformed-json request body ends in the middle of a JSON value (truncated?); send the complete object []"},
	{"json", "{\"text\": \"a\",}", "400 /problems/malformed-json request body is not valid JSON at byte offset 14: invalid character '}' looking for beginning of object key string []"},
	{"json", "{\"text\":\"a\"}{\"text\":\"b\"}", "400 /problems/malformed-json request body holds more than one JSON value; send exactly one object (use /v1/analyze:batch for many) []"},
	{"json", "{\"text\":\"a\"}}", "400 /problems/malformed-json request body continues after the JSON object at byte offset 12 with \"}\"; send exactly one object and nothing after it []"},
	{"json", "{\"text\":\"a\"} garbage that goes on and on", "400 /problems/malformed-json request body continues after the JSON object at byte offset 13 with \"garbage that goes on\"; send exactly one object and nothing after it []"},
	{"json", "\ufeff\ufeff{\"text\":\"a\"}", "400 /problems/malformed-json request body is not valid JSON at byte offset 4: invalid character 'ï' looking for beginning of value []"},
	{"json", "[\"text\"]", "400 /problems/malformed-json request body is a JSON array, but it must be a JSON object such as {\"text\": \"...\"}; for many articles, use /v1/analyze:batch with one object per line [{(root) must be a JSON object}]"},
	{"json", "[{\"text\":\"a\"},{\"text\":\"b\"}]", "400 /problems/malformed-json request body is a JSON array, but it must be a JSON object such as {\"text\": \"...\"}; for many articles, use /v1/analyze:batch with one object per line [{(root) must be a JSON object}]"},
	{"json", "\"He said \\\"no\\\".\"", "400 /problems/malformed-json request body is a JSON string, but it must be a JSON object: send the article as {\"text\": \"...\"}, or send it bare as text/plain [{(root) must be a JSON object}]"},
	{"json", "5", "400 /problems/malformed-json field (root) must be a JSON object, not number [{(root) must be a JSON object}]"},
	{"json", "null", "400 /problems/validation text: is required and must contain at least one non-space character [{text is required and must contain at least one non-space character}]"},
	// A CMS's numeric post id: the message shows the fix with its value.
	{"json", "{\"id\":42,\"text\":\"a\"}", "400 /problems/malformed-json field id must be a JSON string, not number; quote it: \"id\": \"42\" [{id must be a JSON string}]"},
	{"json", "\ufeff{\"text\":\"a\", \"id\" : -4.2e1 }", "400 /problems/malformed-json field id must be a JSON string, not number; quote it: \"id\": \"-4.2e1\" [{id must be a JSON string}]"},
	{"json", "{\"id\":true,\"text\":\"a\"}", "400 /problems/malformed-json field id must be a JSON string, not bool [{id must be a JSON string}]"},
	{"json", "{\"text\":\"a\",\"actors\":[{\"name\":12}]}", "400 /problems/malformed-json field actors[0].name must be a JSON string, not number; quote it: \"name\": \"12\" [{actors[0].name must be a JSON string}]"},
	{"json", "{\"text\":5}", "400 /problems/malformed-json field text must be a JSON string, not number [{text must be a JSON string}]"},
	{"json", "{\"text\":\"a\",\"txet\":\"b\"}", "400 /problems/malformed-json unknown field \"txet\"; the request takes id, title, text, actors and options (see /swagger/index.html) [{txet unknown field}]"},
	{"json", "{\"text\":\"a\",\"Text\":\"b\"}", "400 /problems/malformed-json unknown field Text at byte offset 12; field names are case-sensitive: did you mean text? [{Text unknown field; did you mean \"text\"?}]"},
	{"json", "{\"text\":\"a\",\"text\":\"b\"}", "400 /problems/malformed-json field text is given twice (again at byte offset 12); give each field once [{text given more than once}]"},
	{"json", "{\"text\":\"a\",\"options\":{\"offset\":\"utf8\"}}", "400 /problems/malformed-json unknown field options.offset; it takes offsets, detect_actors, include_reported and format (see /swagger/index.html) [{options.offset unknown field}]"},
	{"json", "{\"text\":\"a\",\"options\":{\"Offsets\":\"utf8\"}}", "400 /problems/malformed-json unknown field options.Offsets at byte offset 23; field names are case-sensitive: did you mean options.offsets? [{options.Offsets unknown field; did you mean \"offsets\"?}]"},
	{"json", "{\"text\":\"a\",\"actors\":[{\"name\":\"A\"},{\"name\":\"B\",\"alias\":[\"C\"]}]}", "400 /problems/malformed-json unknown field actors[1].alias; it takes name, aliases and type (see /swagger/index.html) [{actors[1].alias unknown field}]"},
	{"json", "{\"text\":\"a\",\"offsets\":\"utf8\",\"options\":{}}", "400 /problems/malformed-json unknown field \"offsets\"; the request takes id, title, text, actors and options (see /swagger/index.html) [{offsets unknown field}]"},
	{"json", "{\"text\":\"a\",\"actors\":[{\"name\":\"A\"},{\"name\":\"B\",\"type\":5}]}", "400 /problems/malformed-json field actors[1].type must be a JSON string, not number [{actors[1].type must be a JSON string}]"},
	{"json", "{\"text\":\"a\",\"actors\":[{\"name\":\"A\",\"aliases\":[5]}]}", "400 /problems/malformed-json field actors[0].aliases must be a JSON string, not number [{actors[0].aliases must be a JSON string}]"},
	{"json", "{\"text\":\"a\",\"options\":{\"detect_actors\":\"yes\"}}", "400 /problems/malformed-json field options.detect_actors must be a JSON boolean, not string [{options.detect_actors must be a JSON boolean}]"},
	{"json", "{\"text\":\"caf\xe9 au lait\"}", "400 /problems/invalid-utf8 request body is not valid UTF-8: invalid byte 0xE9 at byte offset 12; send the text as UTF-8 []"},
	{"json", "\xff\xfe{\x00\"\x00t\x00", "400 /problems/invalid-utf8 request body is not valid UTF-8: invalid byte 0xFF at byte offset 0; send the text as UTF-8 (it starts with the byte order mark of UTF-16, FF FE: it is UTF-16, \"Unicode\" in Windows Notepad; save it as UTF-8) []"},
	{"json", "\xfe\xff\x00{\x00\"", "400 /problems/invalid-utf8 request body is not valid UTF-8: invalid byte 0xFE at byte offset 0; send the text as UTF-8 (it starts with the byte order mark of UTF-16, FE FF: it is UTF-16, \"Unicode\" in Windows Notepad; save it as UTF-8) []"},
	{"json", "\xff{\"text\":\"a\"}", "400 /problems/invalid-utf8 request body is not valid UTF-8: invalid byte 0xFF at byte offset 0; send the text as UTF-8 []"},
	{"json", "{\"text\":\"a\",\"options\":{\"offsets\":\"bytes\"}}", "400 /problems/validation options.offsets: must be one of: codepoint utf8 utf16, not \"bytes\" [{options.offsets must be one of: codepoint utf8 utf16, not \"bytes\"}]"},
	{"json", "{\"text\":\"\"}", "400 /problems/validation text: is required and must contain at least one non-space character [{text is required and must contain at least one non-space character}]"},
	{"json", "{\"text\":\" \"}", "400 /problems/validation text: must contain at least one non-space character [{text must contain at least one non-space character}]"},
	{"json", "{\"text\":\"\ufeff\"}", "400 /problems/validation text: must contain at least one non-space character [{text must contain at least one non-space character}]"},
	{"json", "{\"text\":\"\ufeff\\n\\u200b \\u2060\\u200d\"}", "400 /problems/validation text: must contain at least one non-space character [{text must contain at least one non-space character}]"},
	{"json", "{\"text\":\"<p>\\u200b</p>\",\"options\":{\"format\":\"html\"}}", "400 /problems/validation text: holds no text outside its HTML tags (options.format is \"html\") [{text holds no text outside its HTML tags (options.format is \"html\")}]"},
	{"json", "{\"text\":\"\ufeffa\"}", ""},
	{"json", "{\"text\":\"a\",\"actors\":[{\"name\":\"Russia\"},{\"name\":\" russia\"}]}", "400 /problems/validation actors[1].name: repeats actors[0].name; give each actor once, with its other names as aliases [{actors[1].name repeats actors[0].name; give each actor once, with its other names as aliases}]"},
	{"json", "{\"text\":\"\x00\"}", "400 /problems/malformed-json request body is not valid JSON at byte offset 10: invalid character '\\x00' in string literal; a line break, tab or other control character inside a JSON string must be escaped (\\n, \\t, \\u0000) []"},
	{"json", "{\"text\": \"Berg said:\n\n\\\"No.\\\"\"}", "400 /problems/malformed-json request body is not valid JSON at byte offset 21: invalid character '\\n' in string literal; a line break, tab or other control character inside a JSON string must be escaped (\\n, \\t, \\u0000) []"},
	{"json", "{'text': 'Berg said no.'}", "400 /problems/malformed-json request body is not valid JSON at byte offset 2: invalid character '\\'' looking for beginning of object key string; JSON strings and field names take double quotes (\"), not single ones []"},
	{"json", "{\"text\": 'Berg said no.'}", "400 /problems/malformed-json request body is not valid JSON at byte offset 10: invalid character '\\'' looking for beginning of value; JSON strings and field names take double quotes (\"), not single ones []"},
	{"json", "Moscow denies support.\n\n\"No,\" Peskov said.", "400 /problems/malformed-json request body is not valid JSON at byte offset 1: invalid character 'M' looking for beginning of value; the body is not JSON: send the article itself as text/plain, or as {\"text\": \"...\"} in application/json []"},
	{"json", "\ufeff\n \u201cNo,\u201d Peskov said.", "400 /problems/malformed-json request body is not valid JSON at byte offset 6: invalid character '\u00e2' looking for beginning of value; the body is not JSON: send the article itself as text/plain, or as {\"text\": \"...\"} in application/json []"},
	{"json", "<p>Peskov said no.</p>", "400 /problems/malformed-json request body is not valid JSON at byte offset 1: invalid character '<' looking for beginning of value; the body is not JSON: send the article itself as text/plain, or as {\"text\": \"...\"} in application/json []"},
	{"json", "{\"text\": Peskov}", "400 /problems/malformed-json request body is not valid JSON at byte offset 10: invalid character 'P' looking for beginning of value []"},
	{"actors", "", "400 /problems/malformed-json the actors file is empty; it must hold one JSON array such as [{\"name\": \"Russia\", \"aliases\": [\"Moscow\"]}] []"},
	{"actors", "\ufeff", "400 /problems/malformed-json the actors file is empty; it must hold one JSON array such as [{\"name\": \"Russia\", \"aliases\": [\"Moscow\"]}] []"},
	{"actors", "[{\"name\":\"A\"}", "400 /problems/malformed-json the actors file ends in the middle of a JSON value (truncated?); send the complete object []"},
	{"actors", "[{\"name\":\"A\"},]", "400 /problems/malformed-json the actors file is not valid JSON at byte offset 15: invalid character ']' looking for beginning of value []"},
	{"actors", "[{\"name\":\"A\"}] []", "400 /problems/malformed-json the actors file is not valid JSON at byte offset 16: invalid character '[' after object key:value pair []"},
	{"actors", "null", "400 /problems/malformed-json the actors file holds null; it must hold one JSON array such as [{\"name\": \"Russia\", \"aliases\": [\"Moscow\"]}] []"},
	{"actors", "{\"name\":\"A\"}", "400 /problems/malformed-json field actors must be a JSON array, not object [{actors must be a JSON array}]"},
	{"actors", "\"A\"", "400 /problems/malformed-json field actors must be a JSON array, not string [{actors must be a JSON array}]"},
	{"actors", "[{\"name\":\"A\",\"alias\":[\"B\"]}]", "400 /problems/malformed-json unknown field actors[0].alias; it takes name, aliases and type (see /swagger/index.html) [{actors[0].alias unknown field}]"},
	{"actors", "[{\"name\":\"A\",\"Aliases\":[\"B\"]}]", "400 /problems/malformed-json unknown field actors[0].Aliases at byte offset 13; field names are case-sensitive: did you mean actors[0].aliases? [{actors[0].Aliases unknown field; did you mean \"aliases\"?}]"},
	{"actors", "[{\"name\":\"A\",\"name\":\"B\"}]", "400 /problems/malformed-json field actors[0].name is given twice (again at byte offset 13); give each field once [{actors[0].name given more than once}]"},
	{"actors", "[{\"name\":\"A\"},{\"name\":\"B\",\"type\":5}]", "400 /problems/malformed-json field actors[1].type must be a JSON string, not number [{actors[1].type must be a JSON string}]"},
	{"actors", "[{\"name\":\"A\",\"aliases\":[5]}]", "400 /problems/malformed-json field actors[0].aliases must be a JSON string, not number [{actors[0].aliases must be a JSON string}]"},
	{"actors", "[{\"name\":\"caf\xe9\"}]", "400 /problems/invalid-utf8 the actors file is not valid UTF-8: invalid byte 0xE9 at byte offset 13; send the text as UTF-8 []"},
	{"actors", "\xff\xfe[\x00", "400 /problems/invalid-utf8 the actors file is not valid UTF-8: invalid byte 0xFF at byte offset 0; send the text as UTF-8 (it starts with the byte order mark of UTF-16, FF FE: it is UTF-16, \"Unicode\" in Windows Notepad; save it as UTF-8) []"},
	{"actors", "[{\"name\":\" \"}]", "400 /problems/validation actors[0].name: must contain at least one non-space character [{actors[0].name must contain at least one non-space character}]"},
	{"actors", "[{\"name\":\"A\"},{\"name\":\"a\"}]", "400 /problems/validation actors[1].name: repeats actors[0].name; give each actor once, with its other names as aliases [{actors[1].name repeats actors[0].name; give each actor once, with its other names as aliases}]"},
	{"actors", "[{\"name\":\"A\",\"type\":\"animal\"}]", "400 /problems/validation actors[0].type: must be one of: person organization place group, not \"animal\" [{actors[0].type must be one of: person organization place group, not \"animal\"}]"},
	{"line", "", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is empty; send a JSON object such as {\\\"text\\\": \\\"...\\\"}; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "   ", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is empty; send a JSON object such as {\\\"text\\\": \\\"...\\\"}; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "{\"text\": \"abc", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line ends in the middle of a JSON value (truncated?); send the complete object; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "{\"text\": \"a\",}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is not valid JSON at byte offset 14: invalid character '}' looking for beginning of object key string; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "{\"text\":\"a\"}{\"text\":\"b\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line holds more than one JSON value; put each object on a line of its own\"}}\n"},
	{"line", "{\"text\":\"a\"}}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line continues after the JSON object at byte offset 12 with \\\"}\\\"; send exactly one object and nothing after it; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "{\"text\":\"a\"} garbage that goes on and on", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line continues after the JSON object at byte offset 13 with \\\"garbage that goes on\\\"; send exactly one object and nothing after it; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "\ufeff\ufeff{\"text\":\"a\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is not valid JSON at byte offset 4: invalid character 'ï' looking for beginning of value; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	{"line", "[\"text\"]", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7 is a JSON array; a batch takes one JSON object per line (NDJSON), not an array of them: put each request on its own line\",\"errors\":[{\"field\":\"(root)\",\"message\":\"must be a JSON object\"}]}}\n"},
	{"line", "[{\"text\":\"a\"},{\"text\":\"b\"}]", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7 is a JSON array; a batch takes one JSON object per line (NDJSON), not an array of them: put each request on its own line\",\"errors\":[{\"field\":\"(root)\",\"message\":\"must be a JSON object\"}]}}\n"},
	{"line", "\"He said \\\"no\\\".\"", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is a JSON string, but it must be a JSON object: send the article as {\\\"text\\\": \\\"...\\\"}; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\",\"errors\":[{\"field\":\"(root)\",\"message\":\"must be a JSON object\"}]}}\n"},
	{"line", "5", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: field (root) must be a JSON object, not number; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\",\"errors\":[{\"field\":\"(root)\",\"message\":\"must be a JSON object\"}]}}\n"},
	{"line", "null", "{\"line\":7,\"error\":{\"type\":\"/problems/validation\",\"title\":\"Request is not valid\",\"status\":400,\"detail\":\"line 7: text: is required and must contain at least one non-space character\",\"errors\":[{\"field\":\"text\",\"message\":\"is required and must contain at least one non-space character\"}]}}\n"},
	{"line", "{\"text\":5}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: field text must be a JSON string, not number\",\"errors\":[{\"field\":\"text\",\"message\":\"must be a JSON string\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"txet\":\"b\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: unknown field \\\"txet\\\"; the request takes id, title, text, actors and options (see /swagger/index.html)\",\"errors\":[{\"field\":\"txet\",\"message\":\"unknown field\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"Text\":\"b\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: unknown field Text at byte offset 12; field names are case-sensitive: did you mean text?\",\"errors\":[{\"field\":\"Text\",\"message\":\"unknown field; did you mean \\\"text\\\"?\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"text\":\"b\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: field text is given twice (again at byte offset 12); give each field once\",\"errors\":[{\"field\":\"text\",\"message\":\"given more than once\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"options\":{\"offset\":\"utf8\"}}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: unknown field options.offset; it takes offsets, detect_actors, include_reported and format (see /swagger/index.html)\",\"errors\":[{\"field\":\"options.offset\",\"message\":\"unknown field\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"options\":{\"Offsets\":\"utf8\"}}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: unknown field options.Offsets at byte offset 23; field names are case-sensitive: did you mean options.offsets?\",\"errors\":[{\"field\":\"options.Offsets\",\"message\":\"unknown field; did you mean \\\"offsets\\\"?\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"actors\":[{\"name\":\"A\"},{\"name\":\"B\",\"alias\":[\"C\"]}]}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: unknown field actors[1].alias; it takes name, aliases and type (see /swagger/index.html)\",\"errors\":[{\"field\":\"actors[1].alias\",\"message\":\"unknown field\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"offsets\":\"utf8\",\"options\":{}}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: unknown field \\\"offsets\\\"; the request takes id, title, text, actors and options (see /swagger/index.html)\",\"errors\":[{\"field\":\"offsets\",\"message\":\"unknown field\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"actors\":[{\"name\":\"A\"},{\"name\":\"B\",\"type\":5}]}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: field actors[1].type must be a JSON string, not number\",\"errors\":[{\"field\":\"actors[1].type\",\"message\":\"must be a JSON string\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"actors\":[{\"name\":\"A\",\"aliases\":[5]}]}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: field actors[0].aliases must be a JSON string, not number\",\"errors\":[{\"field\":\"actors[0].aliases\",\"message\":\"must be a JSON string\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"options\":{\"detect_actors\":\"yes\"}}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: field options.detect_actors must be a JSON boolean, not string\",\"errors\":[{\"field\":\"options.detect_actors\",\"message\":\"must be a JSON boolean\"}]}}\n"},
	{"line", "{\"text\":\"caf\xe9 au lait\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/invalid-utf8\",\"title\":\"Request body is not valid UTF-8\",\"status\":400,\"detail\":\"line 7: the line is not valid UTF-8: invalid byte 0xE9 at byte offset 12; send the text as UTF-8\"}}\n"},
	{"line", "{\"text\":\"a\",\"options\":{\"offsets\":\"bytes\"}}", "{\"line\":7,\"error\":{\"type\":\"/problems/validation\",\"title\":\"Request is not valid\",\"status\":400,\"detail\":\"line 7: options.offsets: must be one of: codepoint utf8 utf16, not \\\"bytes\\\"\",\"errors\":[{\"field\":\"options.offsets\",\"message\":\"must be one of: codepoint utf8 utf16, not \\\"bytes\\\"\"}]}}\n"},
	{"line", "{\"text\":\"\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/validation\",\"title\":\"Request is not valid\",\"status\":400,\"detail\":\"line 7: text: is required and must contain at least one non-space character\",\"errors\":[{\"field\":\"text\",\"message\":\"is required and must contain at least one non-space character\"}]}}\n"},
	{"line", "{\"text\":\" \"}", "{\"line\":7,\"error\":{\"type\":\"/problems/validation\",\"title\":\"Request is not valid\",\"status\":400,\"detail\":\"line 7: text: must contain at least one non-space character\",\"errors\":[{\"field\":\"text\",\"message\":\"must contain at least one non-space character\"}]}}\n"},
	{"line", "{\"text\":\"a\",\"actors\":[{\"name\":\"Russia\"},{\"name\":\" russia\"}]}", "{\"line\":7,\"error\":{\"type\":\"/problems/validation\",\"title\":\"Request is not valid\",\"status\":400,\"detail\":\"line 7: actors[1].name: repeats actors[0].name; give each actor once, with its other names as aliases\",\"errors\":[{\"field\":\"actors[1].name\",\"message\":\"repeats actors[0].name; give each actor once, with its other names as aliases\"}]}}\n"},
	{"line", "{\"text\":\"\x00\"}", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is not valid JSON at byte offset 10: invalid character '\\\\x00' in string literal; a line break, tab or other control character inside a JSON string must be escaped (\\\\n, \\\\t, \\\\u0000); each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
	// A line of prose gets the batch's advice, not text/plain's (a batch does not take it).
	{"line", "Moscow denies support.", "{\"line\":7,\"error\":{\"type\":\"/problems/malformed-json\",\"title\":\"Request body is not valid JSON\",\"status\":400,\"detail\":\"line 7: the line is not valid JSON at byte offset 1: invalid character 'M' looking for beginning of value; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)\"}}\n"},
}

func TestDecodeMessagesByteIdentical(t *testing.T) {
	dec := NewDecoder(1000)
	for _, tc := range decodeMessages {
		var got string
		switch tc.mode {
		case "json":
			_, err := dec.DecodeJSON([]byte(tc.in))
			got = describeDecodeError(err)
		case "actors":
			_, err := dec.DecodeActors([]byte(tc.in))
			got = describeDecodeError(err)
		case "line":
			got = string(analyzeLine(context.Background(), nil, dec, 7, []byte(tc.in), nil, 0, nil))
		}
		if got != tc.want {
			t.Errorf("%s %q:\n got %q\nwant %q", tc.mode, tc.in, got, tc.want)
		}
	}
}

func describeDecodeError(err error) string {
	if err == nil {
		return ""
	}
	p := problemOf(err, "")
	return fmt.Sprintf("%d %s %s %v", p.Status, p.Type, p.Detail, p.Errors)
}
