using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// A rep asks for help for their co-op (staff may enter a request on a co-op's behalf, e.g. after a phone call).
/// The SLA clock starts now, from the urgency the co-op chose; staff hear about it by email.
/// </summary>
[Authorize(Roles.CoopRep, Roles.Staff)]
public sealed record SubmitAssistanceRequest : ICommand<int>
{
    /// <summary>The co-op asking; a rep may leave it empty (their own co-op).</summary>
    public int? CoopId { get; init; }
    public AssistanceCategory Category { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public Priority Urgency { get; init; } = Priority.Normal;
    public ContactMethod PreferredContact { get; init; } = ContactMethod.Email;
    public string? ContactDetail { get; init; }
}

public sealed class SubmitAssistanceRequestValidator : AbstractValidator<SubmitAssistanceRequest>
{
    public SubmitAssistanceRequestValidator()
    {
        RuleFor(x => x.Category).IsInEnum().WithMessage("Choose what kind of help you need.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the request a short title, e.g. \"Update our bylaws\".").MaximumLength(200);
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe what your co-op needs help with.").MaximumLength(8000);
        RuleFor(x => x.Urgency).IsInEnum().WithMessage("Choose how urgent it is.");
        RuleFor(x => x.PreferredContact).IsInEnum().WithMessage("Choose how you would like to be contacted.");
        RuleFor(x => x.ContactDetail).MaximumLength(200);
    }
}

public sealed class SubmitAssistanceRequestHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, AllianceClock clock,
    IOptions<AssistanceOptions> options, AssistanceNotifier notifier) : IRequestHandler<SubmitAssistanceRequest, int>
{
    public async Task<int> Handle(SubmitAssistanceRequest request, CancellationToken cancellationToken)
    {
        var coopId = request.CoopId ?? user.CooperativeId
                     ?? throw new Common.Exceptions.ValidationException(nameof(request.CoopId), "Choose the co-op asking for help.");
        access.EnsureCanSeeCoop(coopId);
        var coop = await db.Cooperatives.FirstOrDefaultAsync(c => c.Id == coopId, cancellationToken)
                   ?? throw new NotFoundException("Co-op", coopId);

        var now = clock.UtcNow;
        var due = options.Value.SlaPolicy().DueDates(request.Urgency, clock.DateOf(now));
        var ta = AssistanceRequest.Submit(coopId, new AssistanceRequestDetails(request.Category, request.Title, request.Description,
            request.Urgency, request.PreferredContact, request.ContactDetail), due, user.AsActor(), now);
        db.AssistanceRequests.Add(ta);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer, and goes in the email

        await notifier.ToStaffAsync($"New assistance request from {coop.DisplayName}: {ta.Title}",
            $"{coop.DisplayName} asked for help ({ta.Category.Describe()}, urgency {ta.Urgency}).\n\n{ta.Title}\n\n" +
            $"First response is due by {due.FirstResponseDueOn:dddd, MMMM d}. Triage it here:\n{notifier.Link(ta.Id)}\n",
            cancellationToken);
        return ta.Id;
    }
}
