package stance
