namespace CoopAlliance.Application.Benefits.Coverage;

/// <summary>Section "Benefits:Enrollment": reminders about open enrollment (the schedule is Jobs:BenefitsDailyCron).</summary>
public sealed class EnrollmentOptions
{
    public const string Section = "Benefits:Enrollment";

    /// <summary>Reps of co-ops with workers who have neither enrolled nor waived are reminded this many days before the window closes.</summary>
    public int ClosingReminderDays { get; set; } = 7;

    /// <summary>The alliance's id in carrier enrollment files (ISA06/GS02), agreed with each carrier.</summary>
    public string SenderId { get; set; } = "COOPALLIANCE";

    /// <summary>The plan sponsor named in enrollment files (N1*P5) and its federal tax id.</summary>
    public string SponsorName { get; set; } = "Valley Alliance of Worker Co-operatives";

    public string SponsorTaxId { get; set; } = "000000000";

    /// <summary>Mark files as production (ISA15 "P"); test files ("T") until a carrier has accepted a test file.</summary>
    public bool ProductionFiles { get; set; }

    /// <summary>Workers read per batch while an enrollment file is written: memory stays flat whatever the carrier's size.</summary>
    public int ExportBatchSize { get; set; } = 500;
}
