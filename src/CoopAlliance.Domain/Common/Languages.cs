namespace CoopAlliance.Domain.Common;

/// <summary>
/// The languages the alliance writes to its members and the public in. English is the default and the key of every
/// translation; a third language is a code here plus its resource files (see docs/l10n/README.md).
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";

    public static readonly IReadOnlyList<string> All = [English, Spanish];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    /// <summary>"es", "es-MX" or "ES" become "es"; anything else the default, English.</summary>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return English;
        }

        var two = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return IsSupported(two) ? two : English;
    }

    /// <summary>The language's own name, as the switch offers it.</summary>
    public static string NativeName(string code) => code switch
    {
        Spanish => "Español",
        _ => "English",
    };
}
