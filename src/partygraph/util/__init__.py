"""Small helpers every stage may use: text, dates, memo files, the build lock."""
