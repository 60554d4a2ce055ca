// Exchange between offices in the app, without ImGui: plans go out as sealed exchange files (core/exchange.h) and
// the version sent or received is kept as the "base" of the next exchange; a received file is verified (who sent
// it, when, untouched or not) and a plan already held is updated through a reviewed field-level diff
// (core/plan_diff.h: three-way against the base when there is one), each change accepted or rejected; conflicts
// keep the user's value unless taken explicitly. Bases and the "edited by hand" marks are kept in localStorage
// under "tolok.v1.exchange", checksummed like the plan slots.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/exchange.h"
#include "core/model.h"
#include "core/plan_diff.h"

namespace tolok::app {

struct AppState;

constexpr const char* kExchangeKey = "tolok.v1.exchange";

// What is remembered between exchanges.
struct ExchangeMemory {
    std::map<std::string, Plan> bases;  // plan id -> the version last sent or received
    std::set<std::string> hand_edited;  // plan ids imported from a file whose seal did not match
    // plan id -> when its base was sent: the received file's "sent_at", or the time of the export from here. Absent
    // when unknown (a plain plan file; a memory saved by a Tolok that kept no times): such a base never compares.
    std::map<std::string, std::string> sent_at;
    // The bases (and times) of plans deleted in this session, not saved: restored when undo brings a plan back.
    std::map<std::string, std::pair<Plan, std::string>> set_aside;
};

// A received plan that updates one already held: its changes, each accepted or rejected.
struct PlanReview {
    std::string plan_id;
    bool three_way = false;      // a base was known: conflicts are marked
    std::vector<Change> changes;
    std::vector<bool> accepted;  // parallel to changes; conflicts start rejected (mine kept)
    Plan theirs;
    bool from_altered_file = false;  // imported "anyway" (seal mismatch): applying a change marks the plan hand-edited
    BiText refused;  // why the ticked changes were not applied together (shown in the dialog, which stays open)
    std::string sent_at;  // the received file's time, remembered with the base once applied
    // "exchange.older_file" when the file was sent earlier than the version last exchanged (older_file_warning):
    // then no change starts ticked, so applying at once undoes nothing newer, and the newer version stays the base.
    std::optional<Diagnostic> older;
    int conflicts() const;
    // Whether a change starts ticked: not a conflict and, when the last exchanged version is unknown (two-way),
    // not one that empties or removes something the receiver holds: a file without it may never have had it.
    bool suggested(const Change& c) const;
};

// A received plan whose id a held plan of another office has (the office names differ): added as a new plan by
// default, not reviewed as an update.
bool other_office_same_id(const Plan& held, const Plan& incoming);
// The held plan a received one updates: the plan under its id when it is the same office's; else that office's plan
// added earlier beside another office's under the id made unique ("<id>-2"); nullptr when there is none (the
// received plan is new here).
const Plan* counterpart_plan(const AppState& s, const Plan& incoming);

// A received plan sent (at `file_sent_at`) earlier than the version of the held plan `held_id` last exchanged here
// (core/sent_time.h sent_earlier): the warning "exchange.older_file", located at the held plan's id, naming both
// times as the reader reads them (local_time.h). None when it is not earlier or either time is unknown.
std::optional<Diagnostic> older_file_warning(const AppState& s, const std::string& held_id, const std::string& file_sent_at);

// For a received plan that would be added as a new plan: the warnings "consolidation.maybe_same_office" (core/
// office_twice.h, the rule of the regency view and tolok merge) for the plans held here that it may duplicate (a
// typo in its office name, the same indicators), located at the id it would be added under. Empty when none.
Diagnostics maybe_same_office_as_held(const AppState& s, const Plan& incoming);

// What to do with each plan of a received file.
enum class ImportAction { AddNew, Review, Replace, Skip };

// The received file being previewed (Berkas > Impor JSON, or a dropped .json).
struct IncomingFile {
    std::string name;
    std::string text;                        // kept for "import anyway"
    ExchangeReadResult read;                 // plans, diagnostics, sender, seal
    std::vector<ImportAction> actions;       // per plan of read.plans
    bool accepted_altered = false;           // read again with accept_altered
    // Per diagnostic of a refused file: its JSON pointer read out as sasaran/indikator/tahun with the file's own
    // names (pointer_places), empty when it names none.
    std::vector<BiText> places;
    // Per plan of read.plans: for one new here, the plans held that it may duplicate (maybe_same_office_as_held).
    std::vector<Diagnostics> maybe_twice;
};

// The file for one plan / all plans, sealed, as the app writes it (sender: the plan's office; app "tolok-web").
// Records what was sent as the base of the next exchange and saves the memory.
std::string export_exchange(AppState& s, const Plan& plan);
std::string export_exchange_all(AppState& s);
// The reader's time zone, minutes east of UTC, when the platform says (services.utc_offset_minutes).
std::optional<int> reader_utc_offset(const AppState& s);

// The download's name with the day it was made (in the reader's time zone), so files sent again and again are told apart in a Downloads
// folder or a chat: "setda-tanggamus-2026-11-26.json". Without a clock, the stem alone.
std::string dated_file_name(const AppState& s, const std::string& stem, const std::string& extension);
// The start of a plan's download names: its id ("setda-tanggamus-2018-2023"), except for an id Tolok made when the
// plan was made ("rencana-20261127-100124"), which says nothing in a folder of files from many offices: then the
// office's name and the period, "dinas-kominfo-2025-2029".
std::string plan_file_stem(const Plan& plan);

// Reads a received file into s.incoming (default actions: new plans added, plans already held reviewed).
void receive_file(AppState& s, const std::string& name, const std::string& text);
// Reads the received file again accepting a broken seal; its plans will be marked as edited by hand.
void receive_anyway(AppState& s);
// Carries out the actions: adds and replaces at once (one undo step), and queues the reviews in s.reviews.
// False (nothing changed) when the file was refused.
bool apply_incoming(AppState& s);

// The changes a received plan brings to the held one: three-way against the base when known, else two-way.
// `sent_at`: the file's time; a file sent earlier than the base (older_file_warning) starts with nothing ticked.
PlanReview make_review(const AppState& s, const Plan& mine, const Plan& theirs, const std::string& sent_at = {});
// Applies the accepted changes of the first queued review to the held plan (one undo step); the received plan
// becomes the base. Reports changes that could not be applied in s.message. False, with nothing changed and the
// reason in the review's `refused`, when the ticked changes together make a plan that could not be saved (the new
// period ticked without the years it leaves out): the review stays open for other ticks.
bool apply_review(AppState& s);
void drop_review(AppState& s);

// Storage of the memory (bases and marks); load at start, save after each exchange.
void load_exchange_memory(AppState& s);
void save_exchange_memory(AppState& s);
// After plans were deleted: their bases leave the saved memory, so the browser storage they took is free again (a
// deleted 5 MB plan kept 5 MB of exchange record, and later saves found the storage full). They are kept aside in
// this session (ExchangeMemory::set_aside): a plan brought back by undo gets its base and time back
// (restore_bases_of_returned_plans), so the office's next file is still reviewed three-way, its older-file check
// kept, and the user's own edits are not taken for the file's changes. Its hand-edited mark is kept throughout.
void forget_bases_of_deleted_plans(AppState& s);
void restore_bases_of_returned_plans(AppState& s);

}  // namespace tolok::app
