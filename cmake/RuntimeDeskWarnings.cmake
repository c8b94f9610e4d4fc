# Warnings we hold every target of ours to.
function(rd_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
            -Wno-missing-field-initializers)
    elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang") # the fuzz preset; clang has no -Wshadow=local
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH QT_USE_QSTRINGBUILDER)
endfunction()
