// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QString>

#include <utility>
#include <variant>

namespace CertDesk::Issue {

/// Why a specimen could not be issued or written: a message naming the file or option
/// and the problem, for standard error and the GUI.
struct IssueError
{
    QString message;
};

/// A value or the error that prevented it (the issuing counterpart of Result<T>, whose
/// reasons are verification reason codes and do not fit "the key file is missing").
template<typename T>
using IssueResult = Expected<T, IssueError>;

/// For steps that produce nothing but can fail (writing a file).
struct Written
{
};

} // namespace CertDesk::Issue
