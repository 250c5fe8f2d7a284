package ru.kogalym.civic.contract.activity;

/**
 * A decision taken on an activity record (a grant's award or rejection). Its day is the decision's: the record names
 * its NCOs and bodies on that day as well as on its own, which the decision leaves as the recording or the last
 * correction stated it; a correction, in turn, leaves the decision's day as it was.
 */
public interface ActivityDecided extends ActivityStatement {
}
