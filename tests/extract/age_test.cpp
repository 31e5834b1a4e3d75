#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

TEST(Age, YearsWordsInSeveralLanguages) {
  EXPECT_EQ(Values("I am Elena, 23 years old", "age"), V{"23"});
  EXPECT_EQ(Values("23yo", "age"), V{"23"});
  EXPECT_EQ(Values("Bună, sunt Vika, 21 de ani.", "age"), V{"21"});
  EXPECT_EQ(Values("Anna, 22 lata", "age").size(), 0u);  // "lata" is not "lat"
  EXPECT_EQ(Values("Anna, 22 lat", "age"), V{"22"});
  EXPECT_EQ(Values("Мне 23 года", "age"), V{"23"});
  EXPECT_EQ(Values("Age 23 y.o., weight 52 kg", "age"), V{"23"});
}

TEST(Age, MinorAgesAreReported) {
  EXPECT_EQ(Values("16 years", "age"), V{"16"});
}

TEST(Age, NotMeasurements) {
  EXPECT_TRUE(Values("weight 52 kg, 1.68 m", "age").empty());
}

}  // namespace
}  // namespace ariadne::extract
