using System.Text;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Staff assign (or reassign) a provider. The provider gets an email with what they need to help: the co-op,
/// the request as the co-op wrote it, how to reach them and the target dates — never the staff's internal comments.
/// External providers do not sign in, so their email is the whole summary.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record AssignAssistance(int Id, int ProviderId, string? Note) : ICommand;

public sealed class AssignAssistanceValidator : AbstractValidator<AssignAssistance>
{
    public AssignAssistanceValidator(IAppDbContext db)
    {
        RuleFor(x => x.ProviderId).MustAsync((id, ct) => db.Providers.AnyAsync(p => p.Id == id, ct))
            .WithMessage("Choose a provider from the roster.");
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class AssignAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock,
    AssistanceNotifier notifier) : IRequestHandler<AssignAssistance, Unit>
{
    public async Task<Unit> Handle(AssignAssistance request, CancellationToken cancellationToken)
    {
        var ta = await access.GetAsync(db.AssistanceRequests, request.Id, cancellationToken);
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == request.ProviderId, cancellationToken)
                       ?? throw new NotFoundException("Provider", request.ProviderId);
        ta.Assign(provider, user.AsActor(), clock.GetUtcNow(), request.Note);

        var coop = await db.Cooperatives.Include(c => c.People).FirstAsync(c => c.Id == ta.CooperativeId, cancellationToken);
        var body = new StringBuilder()
            .AppendLine($"Dear {provider.Name},").AppendLine()
            .AppendLine($"{notifier.AllianceName} asks you to help {coop.DisplayName} ({coop.Town}, {coop.State}) with this request:").AppendLine()
            .AppendLine($"{ta.Title}")
            .AppendLine($"Category: {ta.Category.Describe()} · Priority: {ta.Priority}")
            .AppendLine($"First response due by {ta.FirstResponseDueOn:dddd, MMMM d}; resolution targeted by {ta.ResolutionDueOn:dddd, MMMM d}.").AppendLine()
            .AppendLine("What the co-op wrote:").AppendLine(ta.Description).AppendLine()
            .AppendLine($"Contact: {ta.SubmittedByName}, prefers {Describe(ta.PreferredContact)}{(ta.ContactDetail is null ? "" : $" ({ta.ContactDetail})")}.");
        var primary = coop.People.FirstOrDefault(p => p.IsPrimaryContact);
        if (primary is not null)
        {
            body.AppendLine($"Co-op's primary contact: {primary.FullName}{(primary.Email is null ? "" : $", {primary.Email}")}{(primary.Phone is null ? "" : $", {primary.Phone}")}.");
        }

        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            body.AppendLine().AppendLine($"From {user.Name}: {request.Note.Trim()}");
        }

        body.AppendLine().AppendLine(provider.Billing == Billing.Subsidized
            ? "Your time on this request is paid by the alliance; please send staff your hours (date, hours, a short note)."
            : $"Your time on this request is billed to the co-op at ${provider.HourlyRate:0.00} an hour; please send staff your hours.");
        if (provider.Kind == ProviderKind.Staff)
        {
            body.AppendLine().AppendLine(notifier.Link(ta.Id));
        }

        body.AppendLine().AppendLine("Thank you,").Append(notifier.AllianceName);
        notifier.Send([await notifier.ProviderAddressAsync(provider, cancellationToken)], $"Assistance request for {coop.DisplayName}: {ta.Title}", body.ToString());
        return Unit.Value;
    }

    private static string Describe(ContactMethod method) => method switch
    {
        ContactMethod.VideoCall => "a video call",
        ContactMethod.InPerson => "meeting in person",
        ContactMethod.Phone => "phone",
        _ => "email",
    };
}
