# Writes fiberdesk-cli(1) from the program's own --help, so the manual page and the program
# cannot disagree. Run at build time (app/CMakeLists.txt):
#   cmake -DCLI=path/to/fiberdesk-cli -DVERSION=0.1.0 -DDATE=2026-12-03 -DOUTPUT=fiberdesk-cli.1
#         -P manpage.cmake
# The help is read in English, with the default database shown as the data-folder default
# rather than whatever the building user has set.
cmake_minimum_required(VERSION 3.22)

foreach(variable CLI VERSION DATE OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "manpage.cmake needs -D${variable}=…")
    endif()
endforeach()

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env FIBERDESK_LANG=en QT_QPA_PLATFORM=offscreen
        "FIBERDESK_DB=~/.local/share/FiberDesk/FiberDesk/fiberdesk.db" ${CLI} --help
    OUTPUT_VARIABLE help
    RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${CLI} --help failed (${status}): no manual page can be written")
endif()

# roff: a backslash is \e, a hyphen in an option is \-, a line may not start with . or '.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    if(text MATCHES "^[.']")
        set(text "\\&${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")

set(section "")
set(synopsis "")
set(commands "")
set(options "")
set(closing "")
foreach(line IN LISTS lines)
    if(line MATCHES "^Usage: (.*)$")
        roff_escape("${CMAKE_MATCH_1}" synopsis)
    elseif(line STREQUAL "Commands:")
        set(section commands)
    elseif(line STREQUAL "Options:")
        set(section options)
    elseif(line MATCHES "^      (.*)$")
        roff_escape("${CMAKE_MATCH_1}" text)
        string(APPEND ${section} "${text}\n")
    elseif(line MATCHES "^  (.*)$")
        roff_escape("${CMAKE_MATCH_1}" text)
        string(APPEND ${section} ".TP\n.B ${text}\n")
    elseif(line STREQUAL "")
        if(section STREQUAL "options")
            set(section closing)
        endif()
    elseif(section STREQUAL "closing")
        roff_escape("${line}" text)
        string(APPEND closing "${text}\n")
    else()
        message(FATAL_ERROR "manpage.cmake does not know this line of --help: ${line}")
    endif()
endforeach()
if(synopsis STREQUAL "" OR commands STREQUAL "" OR options STREQUAL "" OR closing STREQUAL "")
    message(FATAL_ERROR "manpage.cmake found no usage, commands, options or exit status in --help")
endif()

string(REPLACE "\\;" ";" commands "${commands}")
string(REPLACE "\\;" ";" options "${options}")
string(REPLACE "\\;" ";" closing "${closing}")
file(WRITE ${OUTPUT}
".\\\" Generated from `fiberdesk-cli --help` by cmake/manpage.cmake; do not edit.
.TH FIBERDESK\\-CLI 1 \"${DATE}\" \"FiberDesk ${VERSION}\" \"User Commands\"
.SH NAME
fiberdesk\\-cli \\- work orders, callbacks and monthly scoring for broadband field maintenance, from the command line
.SH SYNOPSIS
${synopsis}
.SH COMMANDS
${commands}.SH OPTIONS
${options}.SH EXIT STATUS
${closing}.SH FILES
.TP
.I /etc/xdg/FiberDesk/FiberDesk.conf
Site\\-wide settings for every user of the machine: \\fBdatabase/location\\fR (the shared
database's address, never its password) and \\fBui/language\\fR (en, es or zh_CN).
.TP
.I ~/.config/FiberDesk/FiberDesk.conf
The user's own settings, which override the site\\-wide ones.
.SH SEE ALSO
.BR fiberdesk (1)
is the desktop program on the same database.
")
