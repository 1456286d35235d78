# Runs lupdate over the sources into copies of the .ts files: any string the committed
# files lack comes out unfinished, and the check then fails naming it.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
        "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts ${copies}
    RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()
# English: its plural forms only.
get_filename_component(en_name "${EN_TS}" NAME)
file(COPY "${EN_TS}" DESTINATION "${WORK_DIR}")
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -pluralonly
        "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${WORK_DIR}/${en_name}"
    RESULT_VARIABLE lupdate_en_result)
if(NOT lupdate_en_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed for English plurals (${lupdate_en_result})")
endif()
list(APPEND copies "${WORK_DIR}/${en_name}")
execute_process(COMMAND "${CHECK}" ${copies} RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "the sources hold strings that are not translated yet: run `cmake --build build --target update_translations` and translate them")
endif()
