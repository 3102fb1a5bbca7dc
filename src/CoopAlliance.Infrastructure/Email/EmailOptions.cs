namespace CoopAlliance.Infrastructure.Email;

/// <summary>Section "Email". With no SMTP host, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "Valley Alliance of Worker Co-operatives <office@valley-alliance.coop>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None.</summary>
    public string Security { get; set; } = "Auto";
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string PickupDirectory { get; set; } = "data/mail";
}
