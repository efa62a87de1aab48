# ctest r8core_links_no_gui: fails if r8core links Qt Gui or Widgets (issue 14: every `r8` command
# would start a QGuiApplication again, and the core could grow widget code). Two checks:
#  1. the libraries r8core links, as CMake resolved them at generate time (LINKS file);
#  2. the shared libraries a probe that links only r8core needs at run time (readelf -d).
#   cmake -DLINKS=FILE -DPROBE=BINARY [-DREADELF=readelf] -P check_core_links.cmake
file(READ "${LINKS}" links)
string(REPLACE "\n" ";" links "${links}")
set(bad "")
foreach(lib IN LISTS links)
    if(lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|OpenGLWidgets)$|Qt6?(Gui|Widgets)[.]|r8ui|r8sandbox")
        list(APPEND bad "${lib}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "r8core links ${bad}: the core must link Qt Core, Network, Sql, Concurrent and "
                        "QtKeychain only (the sandbox is r8sandbox, the widgets r8ui). Links: ${links}")
endif()
message(STATUS "r8core links: ${links}")
if(READELF)
    execute_process(COMMAND "${READELF}" -d "${PROBE}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf -d ${PROBE} failed (${rc})")
    endif()
    string(REGEX MATCHALL "Shared library: \\[[^]]*\\]" needed "${dynamic}")
    message(STATUS "a binary on r8core alone needs: ${needed}")
    if(needed MATCHES "libQt6(Gui|Widgets|OpenGL)")
        message(FATAL_ERROR "a binary linking only r8core needs Qt Gui or Widgets: ${needed}")
    endif()
endif()
