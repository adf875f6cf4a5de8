#pragma once

// Reads a file of tests/data (recorded real outputs) for a test.

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace natdoctor::test {

inline std::string readTestData(const std::string& name)
{
    std::ifstream in(std::string(NATDOCTOR_TEST_DATA) + "/" + name, std::ios::binary);
    EXPECT_TRUE(in.good()) << "missing test data " << name;
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace natdoctor::test
