// Exchange between offices in the app (see exchange_flow.h).
#include "app/logic/exchange_flow.h"

#include <algorithm>

#include "app/logic/local_time.h"

#include "app/logic/storage_slots.h"
#include "app/state.h"
#include "core/office_twice.h"
#include "core/pointer_place.h"
#include "core/plan_json.h"
#include "core/sent_time.h"

namespace tolok::app {

namespace {

ExchangeWriteOptions write_options(const AppState& s, const Plan& plan) {
    ExchangeWriteOptions o;
    o.sender.office = plan.office.name;
    o.sender.code = plan.office.code;
    o.sent_at = s.services.now_iso ? s.services.now_iso() : "";
    o.app = "tolok-web";
    return o;
}

// The version of a plan last exchanged and when it was sent (empty: unknown).
void remember_base(AppState& s, const std::string& id, Plan plan, const std::string& sent_at) {
    s.exchange.bases[id] = std::move(plan);
    if (sent_at.empty()) s.exchange.sent_at.erase(id);
    else s.exchange.sent_at[id] = sent_at;
}

// The time a received file claims ("" for a plain plan file).
std::string file_sent_at(const IncomingFile& in) { return in.read.header ? in.read.header->sent_at : std::string(); }

// A plan held under the id is reviewed as an update when it is the same office's (counterpart_plan); another
// office's plan that happens to share the id (two "rencana-baru" made apart) is added beside it, never merged into
// it by default.
void default_actions(AppState& s) {
    IncomingFile& in = *s.incoming;
    in.actions.clear();
    in.maybe_twice.clear();
    for (const auto& p : in.read.plans) {
        const bool held = counterpart_plan(s, p) != nullptr;
        in.actions.push_back(held ? ImportAction::Review : ImportAction::AddNew);
        in.maybe_twice.push_back(held ? Diagnostics{} : maybe_same_office_as_held(s, p));
    }
}

}  // namespace

bool other_office_same_id(const Plan& held, const Plan& incoming) {
    return held.id == incoming.id && name_key(held.office.name) != name_key(incoming.office.name);
}

const Plan* counterpart_plan(const AppState& s, const Plan& incoming) {
    const Plan* held = find_plan(s, incoming.id);
    if (held && !other_office_same_id(*held, incoming)) return held;
    if (!held) return nullptr;
    // Added beside the other office's plan as "<id>-N" (unique_plan_id): the same office's plan under such an id.
    for (const Plan& p : s.plans)
        if (is_numbered_plan_id(p.id, incoming.id) && name_key(p.office.name) == name_key(incoming.office.name)) return &p;
    return nullptr;
}

Diagnostics maybe_same_office_as_held(const AppState& s, const Plan& incoming) {
    std::vector<OfficeFacts> facts;
    for (const Plan& p : s.plans) facts.push_back(office_facts(p));
    facts.push_back(office_facts(incoming));
    // Under the id it would be added with (beside a plan of the same id: made unique), so its warnings are told apart.
    if (find_plan(s, incoming.id)) facts.back().plan_id = unique_plan_id(s, incoming.id);
    Diagnostics out;
    for (auto& d : maybe_same_office(facts))
        if (d.location == facts.back().plan_id) out.push_back(std::move(d));
    return out;
}

int PlanReview::conflicts() const {
    int n = 0;
    for (const auto& c : changes) n += c.conflict;
    return n;
}

std::optional<Diagnostic> older_file_warning(const AppState& s, const std::string& held_id, const std::string& file_time) {
    auto known = s.exchange.sent_at.find(held_id);
    if (known == s.exchange.sent_at.end() || !sent_earlier(file_time, known->second)) return std::nullopt;
    std::string file_shown = readable_time(file_time, reader_utc_offset(s)), known_shown = readable_time(known->second, reader_utc_offset(s));
    if (file_shown == known_shown) file_shown = file_time, known_shown = known->second;  // the same minute: to the second
    const Plan* held = find_plan(s, held_id);
    const std::string office = held && !held->office.name.empty() ? held->office.name : held_id;
    return Diagnostic{Severity::Warning, "exchange.older_file", held_id,
                      BiText{"berkas ini dikirim " + file_shown + ", LEBIH AWAL daripada versi rencana " + office +
                                 " yang sudah dipertukarkan di sini (dikirim " + known_shown +
                                 "); perubahannya dapat mengembalikan data yang lebih lama, jadi tidak ada yang dicentang",
                             "this file was sent " + file_shown + ", EARLIER than the version of the plan of " + office +
                                 " already exchanged here (sent " + known_shown +
                                 "); its changes may bring older data back, so none is ticked"}};
}

bool PlanReview::suggested(const Change& c) const {
    return !c.conflict && (three_way || c.kind != ChangeKind::Removed);
}

std::string export_exchange(AppState& s, const Plan& plan) {
    const ExchangeWriteOptions o = write_options(s, plan);
    std::string text = write_exchange(plan, o);
    remember_base(s, plan.id, plan, o.sent_at);
    save_exchange_memory(s);
    return text;
}

std::string export_exchange_all(AppState& s) {
    ExchangeWriteOptions o = s.plans.empty() ? ExchangeWriteOptions{} : write_options(s, s.plans[s.current]);
    // The plans of several offices are sent by the regency that holds them (its Bagian Organisasi), not by whichever
    // office's plan happens to be open: named by the government they share, else as several offices.
    const bool one_office = std::all_of(s.plans.begin(), s.plans.end(), [&](const Plan& p) {
        return name_key(p.office.name) == name_key(s.plans.front().office.name);
    });
    if (!one_office) {
        const std::string& government = s.plans.front().office.government;
        const bool one_government = !government.empty() && std::all_of(s.plans.begin(), s.plans.end(), [&](const Plan& p) {
            return name_key(p.office.government) == name_key(government);
        });
        o.sender.office = one_government ? government : tr(s, "Beberapa instansi", "Several offices");
        o.sender.code.clear();
    }
    std::string text = write_exchange_plans(s.plans, o);
    for (const auto& p : s.plans) remember_base(s, p.id, p, o.sent_at);
    save_exchange_memory(s);
    return text;
}

std::optional<int> reader_utc_offset(const AppState& s) {
    return s.services.utc_offset_minutes ? std::optional<int>(s.services.utc_offset_minutes()) : std::nullopt;
}

std::string dated_file_name(const AppState& s, const std::string& stem, const std::string& extension) {
    const std::string now = s.services.now_iso ? s.services.now_iso() : std::string();
    const std::string day = local_date(now, reader_utc_offset(s));
    return stem + (day.empty() ? std::string() : "-" + day) + extension;
}

std::string plan_file_stem(const Plan& plan) {
    if (plan.id.rfind("rencana-", 0) != 0) return plan.id;
    const std::string stem = id_slug(plan.office.name);
    if (stem.empty()) return plan.id;
    return stem + "-" + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year);
}

// A refused file's errors located in words (only then: the file is parsed once more).
static void note_places(IncomingFile& in) {
    in.places.clear();
    if (in.read.ok()) return;
    std::vector<std::string> pointers;
    for (const auto& d : in.read.diagnostics) pointers.push_back(d.location);
    in.places = pointer_places(in.text, pointers);
}

void receive_file(AppState& s, const std::string& name, const std::string& text) {
    IncomingFile in;
    in.name = name;
    in.text = text;
    in.read = read_exchange(text);
    note_places(in);
    s.incoming = std::move(in);
    default_actions(s);
    s.open_import_popup = true;
}

void receive_anyway(AppState& s) {
    if (!s.incoming) return;
    ExchangeReadOptions o;
    o.accept_altered = true;
    s.incoming->read = read_exchange(s.incoming->text, o);
    note_places(*s.incoming);
    s.incoming->accepted_altered = s.incoming->read.altered;
    default_actions(s);
}

bool apply_incoming(AppState& s) {
    if (!s.incoming || !s.incoming->read.ok()) return false;
    IncomingFile in = std::move(*s.incoming);
    s.incoming.reset();
    std::vector<Plan> direct;
    size_t replaced = 0;  // of `direct`, plans that take the place of one held
    int unchanged = 0;  // held plans the file brings no change to
    size_t own_kept = 0;  // of those, the changes made here that the file does not have (kept)
    s.reviews.clear();
    for (size_t i = 0; i < in.read.plans.size(); ++i) {
        Plan& theirs = in.read.plans[i];
        ImportAction action = i < in.actions.size() ? in.actions[i] : ImportAction::Skip;
        const Plan* mine = counterpart_plan(s, theirs);
        // The same office's plan held under an id made unique: the update keeps that id.
        if (mine && action != ImportAction::AddNew) theirs.id = mine->id;
        if (!mine && (action == ImportAction::Review || action == ImportAction::Replace))
            action = ImportAction::AddNew;  // never into another office's plan
        // A plan from a file whose seal did not match is marked hand-edited once something of it is taken: here for
        // a plan added or replaced, in apply_review for a reviewed one (a review cancelled, or a plan skipped, leaves
        // no mark).
        if (action == ImportAction::Review && mine) {
            PlanReview review = make_review(s, *mine, theirs, file_sent_at(in));
            if (review.changes.empty()) {  // nothing new from the sender: said instead of an empty dialog
                own_kept += diff_plans(theirs, *mine).size();  // what was changed here since is kept, and said
                // An older file does not take the place of the newer version as the base (nor its time).
                if (!review.older) remember_base(s, review.plan_id, std::move(theirs), review.sent_at);
                ++unchanged;
                continue;
            }
            review.from_altered_file = in.accepted_altered;
            s.reviews.push_back(std::move(review));
        } else if (action == ImportAction::AddNew || action == ImportAction::Replace || (action == ImportAction::Review && !mine)) {
            if (action == ImportAction::AddNew && find_plan(s, theirs.id)) theirs.id = unique_plan_id(s, theirs.id);  // a copy beside it
            replaced += find_plan(s, theirs.id) != nullptr;
            if (in.accepted_altered) s.exchange.hand_edited.insert(theirs.id);
            remember_base(s, theirs.id, theirs, file_sent_at(in));
            direct.push_back(std::move(theirs));
        }
    }
    const bool added = !direct.empty();
    if (added) {
        // Said, naming the file (a message left from the file before would read as news of this one).
        const size_t fresh = direct.size() - replaced;
        std::string id = "Berkas \"" + in.name + "\":", en = "File \"" + in.name + "\":";
        if (fresh) id += " " + std::to_string(fresh) + " rencana ditambahkan", en += " " + std::to_string(fresh) + " plan(s) added";
        if (replaced) id += std::string(fresh ? "," : "") + " " + std::to_string(replaced) + " rencana diganti",
                      en += std::string(fresh ? "," : "") + " " + std::to_string(replaced) + " plan(s) replaced";
        apply_plans(s, std::move(direct), BiText{"Impor berkas", "Import a file"});
        s.message = (s.lang == Lang::En ? en : id) + ".";
    }
    if (unchanged > 0 && !added && s.reviews.empty()) {
        if (own_kept == 0)
            s.message = s.lang == Lang::En ? "The file's plan is the same as the one here: nothing changed."
                                           : "Rencana dalam berkas sama dengan yang ada di sini: tidak ada yang berubah.";
        else  // not "the same": the plan here differs by what was changed here
            s.message = s.lang == Lang::En
                            ? "The file brings no new changes from its sender; the " + std::to_string(own_kept) +
                                  " change(s) made here to that plan are kept (its sender does not have them)."
                            : "Berkas tidak membawa perubahan baru dari pengirimnya; " + std::to_string(own_kept) +
                                  " perubahan yang dibuat di sini pada rencana itu tetap (pengirim tidak memilikinya).";
    }
    save_exchange_memory(s);
    return true;
}

PlanReview make_review(const AppState& s, const Plan& mine, const Plan& theirs, const std::string& sent_at) {
    PlanReview r;
    r.plan_id = mine.id;
    r.theirs = theirs;
    r.sent_at = sent_at;
    r.older = older_file_warning(s, mine.id, sent_at);
    auto base = s.exchange.bases.find(mine.id);
    r.three_way = base != s.exchange.bases.end();
    r.changes = r.three_way ? diff3(base->second, mine, theirs) : diff_plans(mine, theirs);
    for (const auto& c : r.changes) r.accepted.push_back(!r.older && r.suggested(c));
    return r;
}

bool apply_review(AppState& s) {
    if (s.reviews.empty()) return true;
    const Plan* mine = find_plan(s, s.reviews.front().plan_id);
    if (!mine) {
        s.reviews.erase(s.reviews.begin());
        return true;
    }
    ApplyResult result = apply_changes(*mine, s.reviews.front().changes, s.reviews.front().accepted);
    // What would be saved must read back, as every save must: otherwise nothing is applied and the user is told
    // which rule the ticked changes break together.
    const PlanReadResult back = read_plans(write_plans({result.plan}));
    if (!back.ok()) {
        const Diagnostic* first = nullptr;
        for (const auto& d : back.errors)
            if (!first && d.severity == Severity::Error) first = &d;
        const BiText why = first ? BiText{first->location + ": " + first->message.id, first->location + ": " + first->message.en} : BiText{};
        s.reviews.front().refused = {"Yang dicentang tidak dapat diterapkan bersama (" + why.id +
                                         "). Centang juga perubahan yang terkait, mis. tahun di luar periode baru, atau lepaskan perubahan periode.",
                                     "The ticked changes cannot be applied together (" + why.en +
                                         "). Tick the related changes too, e.g. the years outside the new period, or untick the period."};
        return false;
    }
    PlanReview review = std::move(s.reviews.front());
    s.reviews.erase(s.reviews.begin());
    for (size_t i = 0; i < s.plans.size(); ++i)
        if (s.plans[i].id == review.plan_id) s.current = i;
    Plan& target = change(s, BiText{"Terapkan perubahan kiriman", "Apply the received changes"});
    target = std::move(result.plan);
    if (review.from_altered_file && result.applied > 0) s.exchange.hand_edited.insert(review.plan_id);
    // An older file's changes, taken by choice, are edits here: the newer version stays the base (and its time), so
    // the sender's next file shows them as conflicts rather than its changes passing over them.
    if (!review.older) remember_base(s, review.plan_id, review.theirs, review.sent_at);
    save_exchange_memory(s);
    int rejected = 0;
    for (bool a : review.accepted) rejected += !a;
    s.message = s.lang == Lang::En ? std::to_string(result.applied) + " change(s) applied, " + std::to_string(rejected) + " kept as they were."
                                   : std::to_string(result.applied) + " perubahan diterapkan, " + std::to_string(rejected) + " dibiarkan seperti semula.";
    for (const auto& p : result.problems) s.message += " " + p.location + ": " + p.text(s.lang);
    return true;
}

void drop_review(AppState& s) {
    if (!s.reviews.empty()) s.reviews.erase(s.reviews.begin());
}

void load_exchange_memory(AppState& s) {
    s.exchange = ExchangeMemory{};
    if (!s.services.store) return;
    auto text = s.services.store->read(kExchangeKey);
    if (!text) return;
    auto slot = decode_slot(*text);
    if (!slot) return;  // damaged: exchanges fall back to two-way diffs, nothing else depends on it
    const std::string& payload = slot->payload;
    size_t newline = payload.find('\n');
    if (newline == std::string::npos) return;
    // First line: the hand-edited plan ids, tab-separated; then the bases as a plan bundle.
    auto fields = [](const std::string& line) {
        std::vector<std::string> out;
        for (size_t start = 0; start < line.size();) {
            size_t tab = line.find('\t', start);
            out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        return out;
    };
    for (const auto& id : fields(payload.substr(0, newline)))
        if (!id.empty()) s.exchange.hand_edited.insert(id);
    // Then, since the bases' times are kept, a line "sent_at<TAB>id<TAB>time..."; a memory saved before has none
    // (its bases simply have no time).
    size_t bundle = newline + 1;
    if (payload.compare(bundle, 8, "sent_at\t") == 0) {
        const size_t end = payload.find('\n', bundle);
        const auto times = fields(payload.substr(bundle + 8, end == std::string::npos ? std::string::npos : end - bundle - 8));
        for (size_t k = 0; k + 1 < times.size(); k += 2)
            if (!times[k].empty() && !times[k + 1].empty()) s.exchange.sent_at[times[k]] = times[k + 1];
        bundle = end == std::string::npos ? payload.size() : end + 1;
    }
    PlanReadResult r = read_plans(payload.substr(bundle));
    if (r.ok())
        for (auto& p : r.plans) s.exchange.bases[p.id] = std::move(p);
    for (auto it = s.exchange.sent_at.begin(); it != s.exchange.sent_at.end();)  // a time without its base says nothing
        it = s.exchange.bases.count(it->first) ? std::next(it) : s.exchange.sent_at.erase(it);
}

void save_exchange_memory(AppState& s) {
    if (!s.services.store) return;
    std::string marks;
    for (const auto& id : s.exchange.hand_edited) marks += (marks.empty() ? "" : "\t") + id;
    std::vector<Plan> bases;
    for (const auto& [id, p] : s.exchange.bases) bases.push_back(p);
    // The bases' times on a line of their own, "sent_at<TAB>id<TAB>time..." (a pair holding a tab or line break is left out).
    std::string times;
    for (const auto& [id, at] : s.exchange.sent_at)
        if (s.exchange.bases.count(id) && id.find_first_of("\t\n") == std::string::npos && at.find_first_of("\t\n") == std::string::npos)
            times += "\t" + id + "\t" + at;
    std::string payload = marks + "\n" + (times.empty() ? std::string() : "sent_at" + times + "\n") +
                          (bases.empty() ? std::string() : write_plans_compact(bases));  // no indentation: a third of the space
    if (s.services.store->write(kExchangeKey, encode_slot(1, payload)) != WriteStatus::Ok)
        say(s, BiText{"!Catatan pertukaran tidak dapat disimpan (penyimpanan peramban penuh); rencana tetap aman.",
                       "!The exchange record could not be saved (browser storage full); the plans are safe."});
}

void forget_bases_of_deleted_plans(AppState& s) {
    bool forgot = false;
    for (auto it = s.exchange.bases.begin(); it != s.exchange.bases.end();) {
        const bool kept = std::any_of(s.plans.begin(), s.plans.end(), [&](const Plan& p) { return p.id == it->first; });
        if (kept) {
            ++it;
        } else {
            auto time = s.exchange.sent_at.find(it->first);
            s.exchange.set_aside[it->first] = {std::move(it->second), time == s.exchange.sent_at.end() ? std::string() : time->second};
            if (time != s.exchange.sent_at.end()) s.exchange.sent_at.erase(time);
            it = s.exchange.bases.erase(it);
            forgot = true;
        }
    }
    if (forgot) save_exchange_memory(s);
}

void restore_bases_of_returned_plans(AppState& s) {
    bool restored = false;
    for (const Plan& p : s.plans) {
        auto aside = s.exchange.set_aside.find(p.id);
        if (aside == s.exchange.set_aside.end() || s.exchange.bases.count(p.id)) continue;
        s.exchange.bases[p.id] = std::move(aside->second.first);
        if (!aside->second.second.empty()) s.exchange.sent_at[p.id] = aside->second.second;
        s.exchange.set_aside.erase(aside);
        restored = true;
    }
    if (restored) save_exchange_memory(s);
}

}  // namespace tolok::app
