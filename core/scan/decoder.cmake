# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The QR decoder: ZXing-C++ behind a small adapter, plus the second passes.
# Debian 12 ships zxing-cpp 1.4 (DecodeHints, Result); Ubuntu 24.04 ships 2.2
# (ReaderOptions, Barcode; 2.0 and 2.1 kept DecodeHints but added tryInvert and
# text modes). The API is chosen here, at configure time, from the version the
# package config reports, and handed to the adapter as definitions.
# No version in find_package: ZXing's config file accepts only the same major
# version (SameMajorVersion), so asking for 1.4 would refuse 2.x.
find_package(ZXing REQUIRED CONFIG)
if(ZXing_VERSION VERSION_LESS 1.4)
    message(FATAL_ERROR "certdesk_scan needs ZXing-C++ 1.4 or later; found ${ZXing_VERSION}")
endif()
if(ZXing_VERSION VERSION_GREATER_EQUAL 2.0)
    set(certdesk_zxing_api 2)
else()
    set(certdesk_zxing_api 1)
endif()
message(STATUS "certdesk_scan: ZXing-C++ ${ZXing_VERSION} (API ${certdesk_zxing_api})")

# ZXing::ZXing is the imported library in 1.4 and 2.x; ZXing::Core is only an
# alias target the config file adds on top.
target_link_libraries(certdesk_scan PRIVATE ZXing::ZXing)
target_sources(certdesk_scan PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/qrdecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/qrdecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qrencoder.h
    ${CMAKE_CURRENT_LIST_DIR}/qrencoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/locate_p.h
    ${CMAKE_CURRENT_LIST_DIR}/locate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/preprocess_p.h
    ${CMAKE_CURRENT_LIST_DIR}/preprocess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zxingadapter_p.h
    ${CMAKE_CURRENT_LIST_DIR}/zxingadapter.cpp)
# Only the adapter sees the API switch; ZX_USE_UTF8 makes 1.4's Result::text()
# return UTF-8 (the 2.x default) instead of std::wstring.
set(certdesk_zxing_definitions ZX_USE_UTF8)
if(certdesk_zxing_api EQUAL 2)
    list(APPEND certdesk_zxing_definitions CERTDESK_ZXING_V2)
endif()
if(ZXing_VERSION VERSION_GREATER_EQUAL 2.2)
    list(APPEND certdesk_zxing_definitions CERTDESK_ZXING_READER_OPTIONS)
endif()
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/zxingadapter.cpp PROPERTIES
    COMPILE_DEFINITIONS "${certdesk_zxing_definitions}")
