#pragma once

#include "rule.h"

// The rule a RuleEditorController works on, shared by the editor's parts (criteria, channels,
// message, preview, code, deployment): they read it, the editing ones change it in place and say so
// through their `edited` signal, and the editor revalidates.
struct RuleDraft
{
    Rule rule;
    Rule saved; // as stored: `rule != saved` is an unsaved edit
    bool loaded = false;
};
