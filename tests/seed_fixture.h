// The seed document's Lampiran read straight from its markdown (tests/fixtures), independently of the code under
// test: one row per indicator with its 9 cells (Sasaran, Indikator Sasaran, Rumus, 6 yearly targets).
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

inline std::vector<std::vector<std::string>> seed_lampiran_rows() {
    std::ifstream f(TOLOK_SEED_MD);
    REQUIRE(f.good());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool in_table = false;
    while (std::getline(f, line)) {
        if (line.rfind("Sasaran\tIndikator Sasaran", 0) == 0) { in_table = true; continue; }
        if (!in_table || line.find('\t') == std::string::npos) continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        if (cells.size() == 9 && cells[1] != "2" && cells[3] != "2018") rows.push_back(cells);  // not the year/number rows
    }
    return rows;
}
