using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of dues a co-op reads — its statements, its dues emails and reminders, "My dues" — in English and Spanish
/// (Resources/Texts/DuesTexts(.es).resx), keyed by the English text.
/// </summary>
public sealed class DuesTexts;

/// <summary>Dues words that are more than one lookup: billing periods, invoice kinds, payments, in the current language.</summary>
public static class DuesWording
{
    /// <summary>"January 2027" / "enero de 2027"; "Q1 2027 (Jan–Mar)" / "T1 2027 (ene–mar)"; "2027".</summary>
    public static string Period(BillingPeriod period)
    {
        if (AppCulture.Current == Languages.English)
        {
            return period.Describe();
        }

        var culture = AppCulture.FormatCulture(AppCulture.Current);
        string Short(DateOnly d) => d.ToString("MMM", culture).Replace(".", "", StringComparison.Ordinal);
        return period.Frequency switch
        {
            BillingFrequency.Monthly => Formats.Month(period.Year, period.Index),
            BillingFrequency.Quarterly => $"T{period.Index} {period.Year} ({Short(period.Start)}–{Short(period.End)})",
            _ => period.Year.ToString(culture),
        };
    }

    /// <summary>The period an invoice bills, as <see cref="Period(BillingPeriod)"/> says it.</summary>
    public static string Period(string periodKey, DateOnly issuedOn) => Period(Invoice.PeriodOf(periodKey, issuedOn));

    /// <summary>"Dues", "Group benefit premiums"… / "Cuotas", "Primas de beneficios colectivos"…</summary>
    public static string Kind(IStringLocalizer t, InvoiceKind kind) => t[kind.Describe()];

    /// <summary>"Paid", "Partially paid"… / "Pagada", "Pagada en parte"…</summary>
    public static string Status(IStringLocalizer t, InvoiceStatus status) => t[Glossary.LabelInEnglish(status)];

    /// <summary>"Payment by check (1042), thank you" / "Pago con cheque (1042), gracias".</summary>
    public static string Payment(IStringLocalizer t, PaymentMethod method, string? reference) =>
        reference is null ? t["Payment by {0}, thank you", Glossary.MethodInSentence(method)] : t["Payment by {0} ({1}), thank you", Glossary.MethodInSentence(method), reference];

    /// <summary>"Labor credit: …" / "Crédito por trabajo: …"; "Credit note: …" / "Nota de crédito: …".</summary>
    public static string Credit(IStringLocalizer t, CreditKind kind, string reason) =>
        kind == CreditKind.LaborCredit ? t["Labor credit: {0}", reason] : t["Credit note: {0}", reason];
}
