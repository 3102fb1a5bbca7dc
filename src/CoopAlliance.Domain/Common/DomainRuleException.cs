using System.Globalization;

namespace CoopAlliance.Domain.Common;

/// <summary>A business rule refused the change; the message is written for the person who tried it.</summary>
public class DomainRuleException : Exception
{
    private readonly string? _format;
    private readonly object?[] _args = [];

    public DomainRuleException(string message)
        : base(message)
    {
    }

    protected DomainRuleException(string format, object?[] args)
        : base(string.Format(CultureInfo.CurrentCulture, format, args))
    {
        _format = format;
        _args = args;
    }

    /// <summary>
    /// Set once at start-up: a rule's message in the reader's language, looked up by its English text. A message
    /// with no translation (or no hook, as in the domain's own tests) reads as written.
    /// </summary>
    public static Func<string, string>? Translate { get; set; }

    /// <summary>Set once at start-up: a <see cref="DomainWord"/> (a status, a tier) in the reader's language.</summary>
    public static Func<string, string>? TranslateWord { get; set; }

    public override string Message => _format is null
        ? Translate?.Invoke(base.Message) ?? base.Message
        : string.Format(CultureInfo.CurrentCulture, Translate?.Invoke(_format) ?? _format,
            _args.Select(a => a is DomainWord w ? TranslateWord?.Invoke(w.English) ?? w.English : a).ToArray());

    /// <summary>
    /// A rule whose message has values in it ("A comment can be at most {0} characters."): translated by its English
    /// format, then filled in with the current culture (the English reads exactly as an interpolated string would).
    /// </summary>
    public static DomainRuleException Format(string english, params object?[] args) => new(english, args);
}

/// <summary>
/// A word inside a rule's message that is itself translated (a status, a tier: "lapsed", "family"), as the glossary
/// says it; written as its English where nothing translates it.
/// </summary>
public sealed record DomainWord(string English)
{
    public override string ToString() => English;
}

/// <summary>The few checks every entity makes on what a person typed.</summary>
public static class Require
{
    /// <summary>The trimmed text, or a refusal with <paramref name="message"/> when it is empty.</summary>
    public static string Text(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException(message) : value.Trim();
}
