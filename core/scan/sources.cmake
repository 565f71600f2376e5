# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Frame sources, capture thread, de-duplication, SMART Health Card joining, keyboard-wedge
# and serial scanners, and the pipeline around the decoder. Included by CMakeLists.txt,
# so relative paths are spelled from this file's directory.
set_target_properties(certdesk_scan PROPERTIES AUTOMOC ON)
target_sources(certdesk_scan PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cameralist.cpp ${CMAKE_CURRENT_LIST_DIR}/cameralist.h
    ${CMAKE_CURRENT_LIST_DIR}/capturethread.cpp ${CMAKE_CURRENT_LIST_DIR}/capturethread.h
    ${CMAKE_CURRENT_LIST_DIR}/codetracker.cpp ${CMAKE_CURRENT_LIST_DIR}/codetracker.h
    ${CMAKE_CURRENT_LIST_DIR}/framesource.cpp ${CMAKE_CURRENT_LIST_DIR}/framesource.h
    ${CMAKE_CURRENT_LIST_DIR}/imageprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/imageprobe_p.h
    ${CMAKE_CURRENT_LIST_DIR}/scanpipeline.cpp ${CMAKE_CURRENT_LIST_DIR}/scanpipeline.h
    ${CMAKE_CURRENT_LIST_DIR}/scenegate.cpp ${CMAKE_CURRENT_LIST_DIR}/scenegate.h
    ${CMAKE_CURRENT_LIST_DIR}/serialscanner.cpp ${CMAKE_CURRENT_LIST_DIR}/serialscanner.h
    ${CMAKE_CURRENT_LIST_DIR}/shcjoiner.cpp ${CMAKE_CURRENT_LIST_DIR}/shcjoiner.h
    ${CMAKE_CURRENT_LIST_DIR}/sourcelogging_p.h
    ${CMAKE_CURRENT_LIST_DIR}/stillimagesource.cpp ${CMAKE_CURRENT_LIST_DIR}/stillimagesource.h
    ${CMAKE_CURRENT_LIST_DIR}/videocapturesource.cpp ${CMAKE_CURRENT_LIST_DIR}/videocapturesource.h
    ${CMAKE_CURRENT_LIST_DIR}/wedgedetector.cpp ${CMAKE_CURRENT_LIST_DIR}/wedgedetector.h)

# PDF pages need Qt Gui (QPdfDocument renders to QImage), which certdesk_scan must not
# link (STYLE.md §1.2): a target of its own, linked only by programs that have Qt Gui.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Pdf)
add_library(certdesk_scan_pdf STATIC
    ${CMAKE_CURRENT_LIST_DIR}/pdf/pdfsource.cpp ${CMAKE_CURRENT_LIST_DIR}/pdf/pdfsource.h)
add_library(CertDesk::scan_pdf ALIAS certdesk_scan_pdf)
target_link_libraries(certdesk_scan_pdf
    PUBLIC certdesk_scan
    PRIVATE Qt6::Pdf Qt6::Gui)
set_target_properties(certdesk_scan_pdf PROPERTIES AUTOMOC OFF)
