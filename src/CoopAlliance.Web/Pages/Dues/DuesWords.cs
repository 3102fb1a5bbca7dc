using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Dues;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>How dues things read on a page.</summary>
public static class DuesWords
{
    public static string Money(decimal amount) => Domain.Dues.Money.Format(amount);

    public static string Status(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "Partially paid",
        _ => status.ToString(),
    };

    /// <summary>Badge colours with enough contrast for WCAG AA on their text.</summary>
    public static string BadgeClass(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "text-bg-success",
        InvoiceStatus.Overdue => "text-bg-danger",
        InvoiceStatus.PartiallyPaid => "text-bg-warning",
        InvoiceStatus.Void => "text-bg-secondary",
        _ => "text-bg-primary",
    };

    public static string Method(PaymentMethod method) => Application.Common.Words.Glossary.Method(method);

    public static string RunStatus(InvoiceRunStatus status) => status switch
    {
        InvoiceRunStatus.Running => "Running",
        InvoiceRunStatus.Succeeded => "Finished",
        _ => "Stopped with an error",
    };

    /// <summary>What a rep reads first: "Your co-op owes $618.00 for January 2027, which was due February 15 (3 days ago)."</summary>
    public static string RepHeadline(DuesAccountDto a)
    {
        if (a.Balance < 0)
        {
            return $"Your co-op has {Domain.Dues.Money.Format(-a.Balance)} in credit; it will go towards your next invoice.";
        }

        if (a.Balance == 0)
        {
            return "Your co-op owes nothing. Thank you!";
        }

        if (a.NextDue is not { } next)
        {
            return $"Your co-op owes {Domain.Dues.Money.Format(a.Balance)}.";
        }

        var when = next.DaysOverdue > 0 ? $"which was due {next.DueOn:MMMM d} ({next.DaysOverdue} days ago)" : $"due {next.DueOn:MMMM d}";
        var rest = a.Balance > next.Outstanding ? $" In all, your co-op owes {Domain.Dues.Money.Format(a.Balance)}." : "";
        return $"Your co-op owes {Domain.Dues.Money.Format(next.Outstanding)} for {next.PeriodName}, {when}.{rest}";
    }

    /// <summary>
    /// <see cref="RepHeadline(DuesAccountDto)"/> in the reader's language: "Su cooperativa debe $618.00 de enero de 2027,
    /// con vencimiento el 15 de febrero." The English reads exactly as the English overload.
    /// </summary>
    public static string RepHeadline(DuesAccountDto a, IStringLocalizer<DuesTexts> t)
    {
        if (a.Balance < 0)
        {
            return t["Your co-op has {0} in credit; it will go towards your next invoice.", Domain.Dues.Money.Format(-a.Balance)];
        }

        if (a.Balance == 0)
        {
            return t["Your co-op owes nothing. Thank you!"];
        }

        if (a.NextDue is not { } next)
        {
            return t["Your co-op owes {0}.", Domain.Dues.Money.Format(a.Balance)];
        }

        var due = Formats.MonthDay(next.DueOn);
        var when = next.DaysOverdue > 0 ? t["which was due {0} ({1} days ago)", due, next.DaysOverdue] : t["due {0}", due];
        var rest = a.Balance > next.Outstanding ? t[" In all, your co-op owes {0}.", Domain.Dues.Money.Format(a.Balance)].Value : "";
        return t["Your co-op owes {0} for {1}, {2}.{3}", Domain.Dues.Money.Format(next.Outstanding), DuesWording.Period(next.PeriodKey, next.IssuedOn), when, rest];
    }

    /// <summary>An invoice's status in the reader's language ("Pagada en parte").</summary>
    public static string Status(InvoiceStatus status, IStringLocalizer<DuesTexts> t) => DuesWording.Status(t, status);

    /// <summary>"Dec 5, 2026" (staff pages, always English).</summary>
    public static string Day(DateOnly day) => day.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
