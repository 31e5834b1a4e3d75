// The process exit codes of every `ariadne` subcommand (STYLE.md rule 12, after BSD sysexits.h).
// Scripts depend on them: never change a value, only add.
#pragma once

#include "core/status.h"

namespace ariadne {

enum ExitCode : int {
  kExitOk = 0,  // success
  kExitNegative =
      1,           // the command worked and the answer is "no" (nothing found, verification failed)
  kExitUsage = 2,  // wrong options or arguments
  kExitDataErr = 65,  // some input was malformed; what could be used was used and the rest reported
  kExitSoftware = 70,  // internal error: a bug, please report it
  kExitIoErr = 74,     // a file or the case could not be read or written
};

// The exit code a failed Status ends the process with.
inline int ExitCodeFor(const Status& s) {
  switch (s.kind()) {
    case ErrorKind::kOk:
      return kExitOk;
    case ErrorKind::kNotFound:
      return kExitNegative;
    case ErrorKind::kInvalidInput:
      return kExitDataErr;
    case ErrorKind::kCorrupt:
      return kExitDataErr;
    case ErrorKind::kConflict:
      return kExitUsage;
    case ErrorKind::kIo:
      return kExitIoErr;
    case ErrorKind::kInternal:
      return kExitSoftware;
  }
  return kExitSoftware;
}

}  // namespace ariadne
