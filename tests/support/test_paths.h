// Where the source tree and the built `ariadne` binary are, for tests that read shipped data or
// run the binary. The paths live in one generated file of the build (test_paths.cpp), not in every
// test's compile line, so that test objects do not depend on where the tree is checked out and a
// fresh clone in another folder still finds them in the compiler cache.
#pragma once

namespace ariadne::testing {

// The source tree's root (the folder of the top CMakeLists.txt), without a trailing slash.
const char* SourceDir();
// The `ariadne` binary of this build.
const char* AriadneBinary();

}  // namespace ariadne::testing

#define ARIADNE_SOURCE_DIR (::ariadne::testing::SourceDir())
#define ARIADNE_BINARY (::ariadne::testing::AriadneBinary())
