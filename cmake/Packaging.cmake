# The Debian package: `cpack -B build/package` writes build/package/fiberdesk_<version>_amd64.deb
# from the install rules (programs, translations, icons, menu entry, metainfo, manual page,
# bash completion). Its dependencies on shared libraries are computed from the binaries
# (dpkg-shlibdeps); the plugins Qt loads at run time, which no binary names, are listed here.

# An example of the site-wide settings, for IT to copy to /etc/xdg/FiberDesk/FiberDesk.conf.
# Not installed there itself: a file in /etc would be the package's, and an upgrade would
# then argue with the one IT wrote.
install(FILES ${PROJECT_SOURCE_DIR}/resources/FiberDesk.conf.example
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/fiberdesk) # Debian's folder: the package's name

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fiberdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR FiberDesk)
set(CPACK_PACKAGE_CONTACT "FiberDesk <packages@fiberdesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "FiberDesk is a work-order system for a telecom operator's FTTH field maintenance:\n\
dispatchers assign install and repair jobs to contractor teams, callback agents phone\n\
every customer the day after a visit, and the operator's staff score every contractor\n\
unit each month. The desktop program (fiberdesk) and the command line (fiberdesk-cli)\n\
share one core, on an SQLite file or a shared PostgreSQL server. Site-wide settings:\n\
/etc/xdg/FiberDesk/FiberDesk.conf.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # fiberdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQL drivers are plugins: no binary links them, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# Qt's own dialogs in Spanish and Chinese, Chinese glyphs, and the completion's framework.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk, bash-completion")
include(CPack)
