package ru.kogalym.civic.contract.meeting;

/** What kind of meeting: a working meeting (рабочее совещание), a session of a commission or council, a consultation, a seminar. */
public enum MeetingKind {
    WORKING_MEETING,
    COMMISSION_SESSION,
    COUNCIL_SESSION,
    CONSULTATION,
    SEMINAR,
    OTHER
}
