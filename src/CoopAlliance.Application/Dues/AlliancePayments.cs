using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Section "Alliance:Payments": how a co-op pays its dues and whom it asks — printed on every statement and shown on
/// the rep's "My dues". Checked when the app starts (<see cref="AlliancePaymentOptionsValidator"/>): a statement must
/// never tell a co-op to pay somewhere that is not written down.
/// </summary>
public sealed class AlliancePaymentOptions
{
    public const string Section = "Alliance:Payments";

    /// <summary>Who checks are made out to.</summary>
    public string PayableTo { get; set; } = "";

    /// <summary>Where checks are mailed, on one line ("12 Main Street, Northampton, MA 01060").</summary>
    public string MailingAddress { get; set; } = "";

    /// <summary>Bank transfer (ACH): the bank, the account's name, routing and account numbers; all or none.</summary>
    public string? AchBankName { get; set; }

    public string? AchAccountName { get; set; }

    public string? AchRoutingNumber { get; set; }

    public string? AchAccountNumber { get; set; }

    /// <summary>The office's phone, as people dial it ("(413) 555-0142").</summary>
    public string Phone { get; set; } = "";

    /// <summary>Where questions about dues go.</summary>
    public string Email { get; set; } = "";

    /// <summary>Optional: a page where dues can be paid online by card.</summary>
    public string? OnlinePaymentUrl { get; set; }

    public bool HasAch => !string.IsNullOrWhiteSpace(AchRoutingNumber);

    /// <summary>"tel:+14135550142": the digits of <see cref="Phone"/> (a leading + kept), for a link a phone can call.</summary>
    public string TelHref => "tel:" + (Phone.TrimStart().StartsWith('+') ? "+" : "") + new string(Phone.Where(char.IsAsciiDigit).ToArray());

    public string Check(int? invoiceId = null) =>
        $"Payable to {PayableTo}, mailed to {MailingAddress}." + (invoiceId is { } id ? $" Write invoice {id} on the check." : " Write the invoice number on the check.");

    public string Ach(int? invoiceId = null) =>
        $"{AchBankName}, account name {AchAccountName}, routing number {AchRoutingNumber}, account number {AchAccountNumber}." +
        (invoiceId is { } id ? $" Put invoice {id} in the payment's reference." : " Put the invoice number in the payment's reference.");

    /// <summary>The ways to pay, each with its details, for a statement (numbered with its invoice) or a page.</summary>
    public IReadOnlyList<(string Way, string Details)> Ways(int? invoiceId = null)
    {
        var ways = new List<(string, string)> { ("By check", Check(invoiceId)) };
        if (HasAch)
        {
            ways.Add(("By bank transfer (ACH)", Ach(invoiceId)));
        }

        if (!string.IsNullOrWhiteSpace(OnlinePaymentUrl))
        {
            ways.Add(("Online, by card", OnlinePaymentUrl));
        }

        ways.Add(("Questions", $"Call {Phone} or email {Email}."));
        return ways;
    }

    public const string Hardship =
        "If paying is hard right now, talk to us: the alliance can arrange a hardship reduction or labor in lieu of cash.";
}

/// <summary>Refuses to start with payment details a statement could not be paid by.</summary>
public sealed class AlliancePaymentOptionsValidator : IValidateOptions<AlliancePaymentOptions>
{
    public ValidateOptionsResult Validate(string? name, AlliancePaymentOptions options)
    {
        var errors = new List<string>();
        void Require(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{AlliancePaymentOptions.Section}:{key} is required: statements print it.");
            }
        }

        Require(options.PayableTo, nameof(options.PayableTo));
        Require(options.MailingAddress, nameof(options.MailingAddress));
        Require(options.Phone, nameof(options.Phone));
        Require(options.Email, nameof(options.Email));
        if (!string.IsNullOrWhiteSpace(options.Email) && (!options.Email.Contains('@') || options.Email.Any(char.IsWhiteSpace)))
        {
            errors.Add($"{AlliancePaymentOptions.Section}:Email is not an email address.");
        }

        if (!string.IsNullOrWhiteSpace(options.Phone) && options.Phone.Count(char.IsAsciiDigit) < 7)
        {
            errors.Add($"{AlliancePaymentOptions.Section}:Phone needs its digits.");
        }

        var ach = new[] { options.AchBankName, options.AchAccountName, options.AchRoutingNumber, options.AchAccountNumber };
        if (ach.Any(v => !string.IsNullOrWhiteSpace(v)) && ach.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{AlliancePaymentOptions.Section}: give all four ACH details (AchBankName, AchAccountName, AchRoutingNumber, AchAccountNumber) or none.");
        }

        if (!string.IsNullOrWhiteSpace(options.AchRoutingNumber) && (options.AchRoutingNumber.Length != 9 || !options.AchRoutingNumber.All(char.IsAsciiDigit)))
        {
            errors.Add($"{AlliancePaymentOptions.Section}:AchRoutingNumber is nine digits.");
        }

        if (!string.IsNullOrWhiteSpace(options.OnlinePaymentUrl)
            && !(Uri.TryCreate(options.OnlinePaymentUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add($"{AlliancePaymentOptions.Section}:OnlinePaymentUrl must be a web address (https://…).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
