# The app's identity, in one place. Everything else (AppInfo.h for the code, the .desktop file,
# AppStream metainfo, CPack's Debian package, the Flatpak manifest check) reads these values.
set(R8_APP_NAME "r8desk")
set(R8_APP_DISPLAY_NAME "r8desk")
set(R8_APP_ID "dev.r8desk.R8desk")
set(R8_APP_SUMMARY "Replicate API tokens in your OS keychain, and a request composer")
set(R8_APP_HOMEPAGE "https://github.com/r8desk/r8desk")
set(R8_APP_BUGTRACKER "https://github.com/r8desk/r8desk/issues")
set(R8_APP_VENDOR "The r8desk developers")
set(R8_APP_CONTACT "r8desk developers <r8desk@users.noreply.github.com>")
set(R8_APP_LICENSE "MIT")
set(R8_APP_RELEASE_DATE "2026-11-28")
