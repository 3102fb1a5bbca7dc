namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>Settings the use cases need (section "App").</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The public address of the back office, used in links sent by email.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public string AllianceName { get; set; } = "Valley Alliance of Worker Co-operatives";

    /// <summary>
    /// The alliance's one time zone (IANA id): "today", due dates, SLAs, job schedules and the times shown to
    /// people are all in it (see <see cref="Time.AllianceClock"/>).
    /// </summary>
    public string TimeZone { get; set; } = "America/New_York";
}
