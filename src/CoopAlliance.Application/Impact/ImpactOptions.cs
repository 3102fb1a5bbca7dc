namespace CoopAlliance.Application.Impact;

public sealed class ImpactOptions
{
    public const string Section = "Impact";

    /// <summary>
    /// The public impact page shows any count below this as "fewer than N", so no figure is small enough to point at
    /// one co-op's workers.
    /// </summary>
    public int SuppressBelow { get; set; } = 5;

    /// <summary>
    /// Addresses that receive the monthly board report besides the holders of board seats in office (whose address is
    /// their roster entry's), e.g. the board's shared mailbox.
    /// </summary>
    public List<string> BoardEmails { get; set; } = [];
}
