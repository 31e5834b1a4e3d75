// Hot loops of bit work compiled a second time for x86-64-v3 (Haswell and later: AVX2, BMI1/2,
// LZCNT) and chosen at run time, while the build itself stays baseline x86-64. In the v3 copy a
// trailing-zero count, clearing the lowest set bit and a shift by a variable count are one
// instruction each, where baseline x86-64 needs two or three (a shift by `cl` is three
// micro-operations on Intel cores), and AVX2 code can be inlined.
//
//   #if ARIADNE_HAS_X86_64_V3
//   ARIADNE_X86_64_V3 void HotLoopV3(...);   // the same code, compiled for x86-64-v3
//   #endif
//   ... if (CpuHasX86_64V3()) HotLoopV3(...); else HotLoop(...);
#pragma once

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ARIADNE_HAS_X86_64_V3 1
#define ARIADNE_X86_64_V3 [[gnu::target("arch=x86-64-v3")]]
// x86-64-v4: x86-64-v3 and AVX-512 (F, BW, CD, DQ, VL): a compare writes a mask register, one bit
// per byte of 64, with no movemask and no joining of halves.
#define ARIADNE_X86_64_V4 [[gnu::target("arch=x86-64-v4")]]

#include <cstdlib>

namespace ariadne {
// Whether the CPU runs x86-64-v3 code (asked once per caller: keep the answer in a static). The
// environment variable ARIADNE_CPU_BASELINE (any value) says no, so that the tests run the
// baseline copies too on a machine that has x86-64-v3.
inline bool CpuHasX86_64V3() {
  return std::getenv("ARIADNE_CPU_BASELINE") == nullptr && __builtin_cpu_supports("x86-64-v3");
}
// The same for x86-64-v4. ARIADNE_CPU_BASELINE says no as well, and ARIADNE_CPU_NO_AVX512 (any
// value) says no to this level alone, so that the tests run the x86-64-v3 copies too on a machine
// that has AVX-512.
inline bool CpuHasX86_64V4() {
  return std::getenv("ARIADNE_CPU_BASELINE") == nullptr &&
         std::getenv("ARIADNE_CPU_NO_AVX512") == nullptr && __builtin_cpu_supports("x86-64-v4");
}
}  // namespace ariadne
#else
#define ARIADNE_HAS_X86_64_V3 0
#endif
