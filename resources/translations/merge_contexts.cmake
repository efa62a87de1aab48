# cmake -DIN=r8desk_de.ts -DOUT=r8desk_de_any.ts -P merge_contexts.cmake
# Writes a copy of a .ts file whose messages all sit in one context named "*", each source text
# (with its disambiguation comment) once: compiled with lrelease, it lets r8::i18n::Translator find
# a string by its source text when the context asked for at run time is not the one lupdate
# recorded (see Translations.h).
file(READ "${IN}" ts)
# Semicolons are list separators in CMake: carried as "⁏" (U+204F) while the messages are a list.
string(REPLACE ";" "⁏" ts "${ts}")
# </message> is the only closing tag starting with "</m" inside a message.
string(REGEX MATCHALL "<message[^>]*>([^<]|<[^/]|</[^m])*</message>" messages "${ts}")
string(REGEX MATCH "^.*<TS[^>]*>" header "${ts}")
set(out "${header}\n<context>\n    <name>*</name>\n")
set(seen "")
foreach(m IN LISTS messages)
    string(REGEX MATCH "<source>[^<]*</source>(\n *<comment>[^<]*</comment>)?" key "${m}")
    string(MD5 key "${key}")
    list(FIND seen "${key}" at)
    if(at EQUAL -1)
        list(APPEND seen "${key}")
        string(APPEND out "    ${m}\n")
    endif()
endforeach()
string(APPEND out "</context>\n</TS>\n")
string(REPLACE "⁏" ";" out "${out}")
file(WRITE "${OUT}.tmp" "${out}")
file(RENAME "${OUT}.tmp" "${OUT}")
