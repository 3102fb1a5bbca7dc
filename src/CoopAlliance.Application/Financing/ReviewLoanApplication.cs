using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// Staff work an application through review: start it (from intake), tick or untick checklist items, and send it to
/// the committee once every item is ticked — any of the three in one call, in that order.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ReviewLoanApplication(int Id, int Version, IReadOnlyList<ReviewItem>? Done = null, IReadOnlyList<ReviewItem>? NotDone = null, bool SendToCommittee = false)
    : ICommand;

public sealed class ReviewLoanApplicationHandler(IAppDbContext db, LoanAccess access, ICurrentUser user) : IRequestHandler<ReviewLoanApplication, Unit>
{
    public async Task<Unit> Handle(ReviewLoanApplication request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken, tracking: true);
        db.ExpectVersion(application, request.Version);
        if (application.Status == ApplicationStatus.Intake)
        {
            application.StartReview(user.AsActor());
        }

        foreach (var item in request.Done ?? [])
        {
            application.Tick(item, true);
        }

        foreach (var item in request.NotDone ?? [])
        {
            application.Tick(item, false);
        }

        if (request.SendToCommittee)
        {
            application.SendToCommittee();
        }

        return Unit.Value;
    }
}
