# Runs clang-format --dry-run --Werror over every C++ file of the project
# (core, ui, app, tests), and fails with the files that deviate.
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format-14 not found: install Debian's clang-format-14 "
        "(packaging/dev.sh deps does) to check the formatting")
endif()
file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(LENGTH files count)
# One clang-format process for all files; it names each deviation as
# "FILE:LINE:COL: error: code should be clang-formatted".
execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror ${files}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE diagnostics)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" lines "${diagnostics}")
    set(deviating)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted$" "" file "${line}")
        cmake_path(RELATIVE_PATH file BASE_DIRECTORY "${SOURCE_DIR}")
        list(APPEND deviating "${file}")
    endforeach()
    list(REMOVE_DUPLICATES deviating)
    list(LENGTH deviating bad)
    list(JOIN deviating "\n  " shown)
    message(FATAL_ERROR "${bad} of ${count} C++ files deviate from .clang-format (clang-format exit ${rc}); "
        "run clang-format-14 -i on:\n  ${shown}")
endif()
message(STATUS "all ${count} C++ files follow .clang-format")
