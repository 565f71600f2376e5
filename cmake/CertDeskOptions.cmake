# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# certdesk_options: one INTERFACE target that every CertDesk target links. It carries
# the language level, the warnings, the hardening flags and Qt's strictness switches.
add_library(certdesk_options INTERFACE)
add_library(CertDesk::options ALIAS certdesk_options)
target_compile_features(certdesk_options INTERFACE cxx_std_20)
target_compile_definitions(certdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_KEYWORDS)
target_compile_options(certdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    -fstack-protector-strong)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_definitions(certdesk_options INTERFACE _FORTIFY_SOURCE=2)
endif()
if(CERTDESK_WARNINGS_AS_ERRORS)
    target_compile_options(certdesk_options INTERFACE -Werror)
endif()
if(CERTDESK_SANITIZE)
    target_compile_options(certdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(certdesk_options INTERFACE -fsanitize=address,undefined)
endif()
