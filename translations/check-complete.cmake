# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
# Fails when TS_FILE has a message without a translation.
file(READ "${TS_FILE}" content)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages total)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} of ${total} messages have no translation")
endif()
message(STATUS "${TS_FILE}: all ${total} messages translated")
