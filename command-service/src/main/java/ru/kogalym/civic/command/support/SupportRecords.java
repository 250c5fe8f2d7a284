package ru.kogalym.civic.command.support;

/** What the register needs to know of a recorded support before it includes it. */
interface SupportRecords {

    enum Standing { UNKNOWN, STANDING, WITHDRAWN }

    Standing standing(String supportId);
}
