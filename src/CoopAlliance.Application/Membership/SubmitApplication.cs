using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Membership;

/// <summary>A co-op applies to join, from the public form or the API (no sign-in needed).</summary>
[PublicRequest]
public sealed record SubmitApplication : ICommand<int>, ICoopProfileInput, IPublicSubmission
{
    public string LegalName { get; init; } = "";
    public string? TradeName { get; init; }
    public CoopKind Kind { get; init; } = CoopKind.WorkerCoop;
    public string? Sector { get; init; }
    public string? StreetAddress { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public Region Region { get; init; } = Region.WesternMassachusetts;
    public DateOnly? FoundedOn { get; init; }
    public int WorkerOwners { get; init; }
    public int OtherWorkers { get; init; }
    public RevenueBand RevenueBand { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public string ContactName { get; init; } = "";
    public string ContactEmail { get; init; } = "";
    public string? ContactPhone { get; init; }
    public string? ContactRole { get; init; }
    /// <summary>Why the co-op wants to join, in its own words.</summary>
    public string? Motivation { get; init; }
    /// <summary>The honeypot: people leave it empty (see <see cref="IPublicSubmission"/>).</summary>
    public string? Fax { get; init; }
}

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public SubmitApplicationValidator(AllianceClock clock)
    {
        Include(new CoopProfileRules(clock));
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("Tell us who to contact about the application.").MaximumLength(200);
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage("Enter the contact's email address.")
            .EmailAddress().WithMessage("Enter an email address like maria@example.coop.").MaximumLength(200);
        RuleFor(x => x.ContactPhone).MaximumLength(25);
        RuleFor(x => x.ContactRole).MaximumLength(100);
        RuleFor(x => x.Motivation).MaximumLength(2000);
    }
}

public sealed class SubmitApplicationHandler(IAppDbContext db, TimeProvider clock, IOptions<AppOptions> options,
    IStringLocalizer<MembershipApplicationTexts> text) : IRequestHandler<SubmitApplication, int>
{
    public const string AcknowledgementSubject = "We received your membership application";

    /// <summary>The acknowledgement, in the language of the request (the language the applicant used).</summary>
    public static string Acknowledgement(IStringLocalizer text, string allianceName) =>
        string.Join("\n\n",
            text["Hello,"],
            text["Thank you for applying to join the {0}. Staff will review the application and the board votes on new members at its next meeting; we will write to you at this address.", allianceName],
            text["If you did not apply, you can ignore this message."],
            text["In solidarity,"] + "\n" + text["The alliance staff"]);

    public async Task<int> Handle(SubmitApplication request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var contact = new PersonDetails(request.ContactName, request.ContactRole, request.ContactEmail, request.ContactPhone,
            IsWorkerOwner: true, StartedOn: null, IsPrimaryContact: true);
        var coop = Cooperative.Apply(request.ToProfile(), contact, now, request.Motivation);
        // Applied in Spanish: the alliance writes to the co-op in Spanish from now on (its rep can change it on My co-op).
        coop.ChooseLanguage(AppCulture.Current);
        db.Cooperatives.Add(coop);
        // Nobody has confirmed this address yet: the acknowledgement is a fixed text and echoes nothing the sender
        // wrote (names, notes), so the form cannot be used to send someone else a message of the sender's choosing.
        db.OutboxMessages.Add(new OutboxMessage(request.ContactEmail, text[AcknowledgementSubject], Acknowledgement(text, options.Value.AllianceName), now));
        await db.SaveChangesAsync(cancellationToken);
        return coop.Id;
    }
}
