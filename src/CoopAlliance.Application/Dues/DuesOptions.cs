namespace CoopAlliance.Application.Dues;

/// <summary>Section "Dues": the arrears rules and how invoice runs work (the schedules are under "Jobs").</summary>
public sealed class DuesOptions
{
    public const string Section = "Dues";

    /// <summary>A co-op with an invoice overdue longer than this lapses automatically.</summary>
    public int GraceDays { get; set; } = 60;

    /// <summary>Reminder emails go out once each at these numbers of days overdue (comma-separated).</summary>
    public string ReminderDays { get; set; } = "7,30";

    public IReadOnlyList<int> ReminderDayList =>
        ReminderDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).Where(d => d > 0).Distinct().Order().ToList();

    /// <summary>Co-ops invoiced per transaction in a run; each batch commits before the next starts.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>How many missed billing periods before the current one a scheduled run backfills.</summary>
    public int BackfillPeriods { get; set; } = 3;

    /// <summary>Email each invoice with its statement (PDF) to the co-op's primary contact when a run issues it.</summary>
    public bool EmailInvoices { get; set; } = true;

    /// <summary>For drills and tests only: stop a run with an error after this many batches, as a crash would.</summary>
    public int? FailAfterBatches { get; set; }

    /// <summary>
    /// How long starting a run from the web waits for it to end (it runs as a background job); a longer run is answered
    /// as it stands (the API: 202 with its Location) and goes on.
    /// </summary>
    public double StartWaitSeconds { get; set; } = 10;
}
