// Finding a file's blob without storing it: a file the store likely holds already (the original
// of a repeated or resumed import) is hashed, and compressed only when it is new after all.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "core/status.h"
#include "store/blob_store.h"

namespace ariadne::store {

// The blob holding the content of the file at `path`, when `blobs` has it (a blob waiting for
// its deferred sync does not count); nothing when it has not. Reads and hashes the file once,
// writes nothing. IoError names the file when it cannot be read.
Result<std::optional<BlobInfo>> FindStoredFile(const BlobStore& blobs,
                                               const std::filesystem::path& path);

// How many blobs this process has compressed into any store (BlobStore::PutFile, PutBytes):
// for tests and benchmarks, which compare it before and after a call.
int64_t BlobCompressionsInProcess();

}  // namespace ariadne::store
