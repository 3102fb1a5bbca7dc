using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Staff triage a request and assign its provider in one step (the request page's one form): both are saved, or
/// neither. Each part is the ordinary command, <see cref="TriageAssistance"/> then <see cref="AssignAssistance"/>, sent
/// inside this one's transaction, so their rules, the provider's email and the timeline are exactly theirs. Without
/// <see cref="Assign"/> it only triages. The API keeps its two endpoints; this is for people filling in one form.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record TriageAndAssignAssistance(TriageAssistance Triage, AssignAssistance? Assign) : ICommand;

public sealed class TriageAndAssignAssistanceValidator : AbstractValidator<TriageAndAssignAssistance>
{
    // The parts' own validators: their errors come back as "Triage.Priority", "Assign.ProviderId"…
    public TriageAndAssignAssistanceValidator(IValidator<TriageAssistance> triage, IValidator<AssignAssistance> assign)
    {
        RuleFor(x => x.Triage).NotNull().SetValidator(triage);
        RuleFor(x => x.Assign!).SetValidator(assign).When(x => x.Assign is not null);
        RuleFor(x => x.Assign!.Id).Equal(x => x.Triage.Id).When(x => x.Assign is not null && x.Triage is not null)
            .WithMessage("Triage and assign the same request.");
    }
}

public sealed class TriageAndAssignAssistanceHandler(IMediator sender) : IRequestHandler<TriageAndAssignAssistance, Unit>
{
    public async Task<Unit> Handle(TriageAndAssignAssistance request, CancellationToken cancellationToken)
    {
        // Commands sent from inside a command join its transaction: a refused assignment undoes the triage too.
        await sender.Send(request.Triage, cancellationToken);
        if (request.Assign is { } assign)
        {
            await sender.Send(assign, cancellationToken);
        }

        return Unit.Value;
    }
}
