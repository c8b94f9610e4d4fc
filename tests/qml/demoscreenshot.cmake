# runtime-desk --demo --screenshot: the app starts the demo platform, syncs, renders and exits 0
# with a PNG of a plausible size (a blank window compresses to a few kilobytes). The demo platform
# miscounts by 5 (--demo-total-count-skew): the app must say so, not hide it.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${APP} --demo --demo-tags 3000 --demo-total-count-skew 5 --db ${OUT}/desk.sqlite
                        --screenshot ${OUT}/shot.png
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 100)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "runtime-desk --demo --screenshot failed (${rc}):\n${out}\n${err}")
endif()
file(SIZE ${OUT}/shot.png size)
if(size LESS 40000)
    message(FATAL_ERROR "the screenshot is only ${size} bytes: the list did not render")
endif()
if(NOT err MATCHES "Synced 3[,.]?000 tag")
    message(FATAL_ERROR "the demo sync did not complete:\n${err}")
endif()
# English has its plural forms (translations/runtime-desk_en.ts), not the source's "tag(s)".
if(NOT err MATCHES "Synced 3[,.]?000 tags")
    message(FATAL_ERROR "the sync message has no English plural form:\n${err}")
endif()
if(NOT err MATCHES "row counts differ: the platform reported 3[,.]?005 image tags; 3[,.]?000 received, 3[,.]?000 stored")
    message(FATAL_ERROR "the platform's miscount was not reported:\n${err}")
endif()
message(STATUS "screenshot ${OUT}/shot.png, ${size} bytes")
