using System.Security.Cryptography;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Events;

/// <summary>What a person gives when registering (no account needed).</summary>
public sealed record RegistrantDetails(
    string Name,
    string Email,
    string? OrganisationName,
    int? CooperativeId,
    string? AccessibilityNeeds,
    string? InterpretationLanguage,
    string? DietaryNeeds);

/// <summary>
/// One person's registration for an event: their ticket and price, their place (confirmed or waiting), how it is paid,
/// their needs (seen by staff only, erased a set time after the event) and whether they were checked in. The person
/// reaches it through the secret link in their confirmation (<see cref="Token"/>); volunteers find it by name or the
/// short <see cref="Code"/>.
/// </summary>
public sealed class Registration : Place, IVersioned
{
    /// <summary>Letters and digits that cannot be misread from a phone screen or a badge (no 0/O, 1/I/L).</summary>
    public const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int CodeLength = 6;

    private Registration() { }

    private Registration(Event ev, TicketType ticket, RegistrantDetails details, decimal price, bool chargeToCoop, DateTimeOffset at)
    {
        EventId = ev.Id;
        TicketTypeId = ticket.Id;
        TicketKind = ticket.Kind;
        Price = price;
        Name = Require.Text(details.Name, "Please give your name.");
        Email = Require.Text(details.Email, "Please give an email address for the confirmation.").ToLowerInvariant();
        OrganisationName = Person.Clean(details.OrganisationName);
        CooperativeId = details.CooperativeId;
        AccessibilityNeeds = Person.Clean(details.AccessibilityNeeds);
        InterpretationLanguage = Person.Clean(details.InterpretationLanguage);
        DietaryNeeds = Person.Clean(details.DietaryNeeds);
        ChargeToCoop = chargeToCoop;
        Payment = price == 0 ? PaymentStatus.NothingDue : PaymentStatus.Unpaid;
        Code = NewCode();
        Token = DraftUpload.NewToken();
        CreatedAt = at;
    }

    /// <summary>
    /// Registers a person: prices the ticket (member pricing by the co-op's current standing), then takes a place or
    /// joins the waitlist. Refuses when the event is not open, or is full and the person did not ask to wait
    /// (<see cref="NoPlaceLeftException"/>).
    /// </summary>
    public static Registration Register(
        Event ev,
        TicketType ticket,
        RegistrantDetails details,
        MembershipStatus? coopStatus,
        decimal? payWhatYouCan,
        bool chargeToCoop,
        bool joinWaitlistIfFull,
        DateTime localNow,
        DateTimeOffset at)
    {
        if (!ev.IsOpenForRegistration(localNow))
        {
            throw new DomainRuleException(ev.Status == EventStatus.Cancelled ? "This event has been cancelled." : "Registration for this event is not open.");
        }

        if (ticket.EventId != ev.Id)
        {
            throw new DomainRuleException("Choose one of this event's tickets.");
        }

        var price = TicketPricing.PriceFor(ticket, details.CooperativeId is null ? null : coopStatus, payWhatYouCan);
        if (chargeToCoop)
        {
            TicketPricing.EnsureCanChargeTo(details.CooperativeId is null ? null : coopStatus);
        }

        var registration = new Registration(ev, ticket, details, price, chargeToCoop && price > 0, at);
        registration.Claim(ev, joinWaitlistIfFull, at);
        return registration;
    }

    public int EventId { get; private set; }
    public int TicketTypeId { get; private set; }
    /// <summary>The ticket's kind, copied so reports by ticket type survive a renamed ticket.</summary>
    public TicketKind TicketKind { get; private set; }
    public decimal Price { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? OrganisationName { get; private set; }
    /// <summary>The member co-op the person comes from, if any (member pricing, charging to its account).</summary>
    public int? CooperativeId { get; private set; }
    public string? AccessibilityNeeds { get; private set; }
    public string? InterpretationLanguage { get; private set; }
    public string? DietaryNeeds { get; private set; }
    public bool ChargeToCoop { get; private set; }
    public PaymentStatus Payment { get; private set; }
    public decimal? AmountPaid { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? PaymentReference { get; private set; }
    public int? InvoiceId { get; private set; }
    public string Code { get; private set; } = "";
    /// <summary>The language the person registered in: their confirmation, reminders and offers are written in it.</summary>
    public string Language { get; private set; } = Languages.English;
    /// <summary>The secret in the person's confirmation link (their registration, sessions, proposals and dots).</summary>
    public string Token { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ConfirmationSentAt { get; private set; }
    public DateTimeOffset? ReminderSentAt { get; private set; }
    /// <summary>When the last waitlist offer email went out (so the job sends each offer once).</summary>
    public DateTimeOffset? OfferSentAt { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public string? CheckedInBy { get; private set; }
    public int Version { get; set; }

    public void WriteIn(string language) => Language = Languages.Normalize(language);

    public bool HasNeeds => AccessibilityNeeds is not null || InterpretationLanguage is not null || DietaryNeeds is not null;

    public bool IsAttending => Status == PlaceStatus.Confirmed;

    public void ChangeNeeds(string? accessibility, string? interpretation, string? dietary)
    {
        AccessibilityNeeds = Person.Clean(accessibility);
        InterpretationLanguage = Person.Clean(interpretation);
        DietaryNeeds = Person.Clean(dietary);
    }

    /// <summary>Erases the needs (the retention rule); the rest of the registration stays for the report.</summary>
    public void EraseNeeds()
    {
        AccessibilityNeeds = null;
        InterpretationLanguage = null;
        DietaryNeeds = null;
    }

    public void RecordPayment(decimal amount, DateOnly paidOn, string? reference)
    {
        if (ChargeToCoop)
        {
            throw new DomainRuleException("This registration goes on the co-op's account; record the payment there.");
        }

        if (amount <= 0)
        {
            throw new DomainRuleException("The amount paid must be more than zero.");
        }

        AmountPaid = decimal.Round(amount, 2);
        PaidOn = paidOn;
        PaymentReference = Person.Clean(reference);
        Payment = PaymentStatus.Paid;
    }

    /// <summary>Whether the fee job should put this registration on its co-op's account.</summary>
    public bool IsDueForCoopCharge => ChargeToCoop && InvoiceId is null && Status == PlaceStatus.Confirmed && Price > 0 && CooperativeId is not null;

    public void ChargedTo(int invoiceId)
    {
        InvoiceId = invoiceId;
        Payment = PaymentStatus.ChargedToCoop;
    }

    public void CheckIn(Actor by, DateTimeOffset at)
    {
        if (Status != PlaceStatus.Confirmed)
        {
            throw DomainRuleException.Format("{0} does not have a confirmed place ({1}).", Name, new DomainWord(Status.Describe().ToLowerInvariant()));
        }

        if (CheckedInAt is not null)
        {
            return;
        }

        CheckedInAt = at;
        CheckedInBy = by.Name;
    }

    public void UndoCheckIn()
    {
        CheckedInAt = null;
        CheckedInBy = null;
    }

    public void MarkConfirmationSent(DateTimeOffset at) => ConfirmationSentAt ??= at;

    public void MarkReminderSent(DateTimeOffset at) => ReminderSentAt ??= at;

    public void MarkOfferSent(DateTimeOffset at) => OfferSentAt = at;

    /// <summary>Whether the offer email for the current offer still has to go out.</summary>
    public bool OfferEmailDue => Status == PlaceStatus.Offered && (OfferSentAt is null || OfferSentAt < OfferedAt);

    /// <summary>A new short code, when the one drawn is already taken at this event.</summary>
    public void RedrawCode() => Code = NewCode();

    public static string NewCode() => string.Create(CodeLength, 0, (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
    });

    /// <summary>A code as typed by a volunteer: upper case, spaces and dashes ignored.</summary>
    public static string NormalizeCode(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}

/// <summary>A registrant's place in a workshop that has its own capacity (other sessions need no sign-up).</summary>
public sealed class SessionSignup : Place
{
    private SessionSignup() { }

    private SessionSignup(EventSession session, Registration registration, DateTimeOffset at)
    {
        SessionId = session.Id;
        RegistrationId = registration.Id;
        CreatedAt = at;
    }

    public static SessionSignup SignUp(EventSession session, Registration registration, IEnumerable<SessionSignup> registrantsOtherSignups,
        IReadOnlyDictionary<int, (DateTime Starts, DateTime Ends)> otherSessionTimes, bool joinWaitlistIfFull, DateTimeOffset at)
    {
        if (registration.Status != PlaceStatus.Confirmed)
        {
            throw new DomainRuleException("Only someone with a confirmed place at the event can sign up for a session.");
        }

        if (session.EventId != registration.EventId || session.Status != SessionStatus.Accepted || session.StartsAt is null)
        {
            throw new DomainRuleException("This session is not on the programme.");
        }

        if (session.Capacity is null)
        {
            throw new DomainRuleException("This session needs no sign-up; just come.");
        }

        var mine = registrantsOtherSignups.Where(s => s.Status is PlaceStatus.Confirmed or PlaceStatus.Offered or PlaceStatus.Waitlisted).ToList();
        if (mine.Any(s => s.SessionId == session.Id))
        {
            throw new DomainRuleException("You have already signed up for this session.");
        }

        foreach (var other in mine.Where(s => s.HoldsPlace))
        {
            if (otherSessionTimes.TryGetValue(other.SessionId, out var t) && t.Starts < session.EndsAt && session.StartsAt < t.Ends)
            {
                throw new DomainRuleException("You are already signed up for a session at that time.");
            }
        }

        var signup = new SessionSignup(session, registration, at);
        signup.Claim(session, joinWaitlistIfFull, at);
        return signup;
    }

    public int SessionId { get; private set; }
    public int RegistrationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
