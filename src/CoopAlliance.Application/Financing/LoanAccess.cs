using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// Who sees which applications and loans: staff (the committee) the whole pipeline; a member co-op's rep only their
/// co-op's; a developing co-op's rep only that group's. Anything else is not there (404), in lists and lookups alike.
/// </summary>
public sealed class LoanAccess(ICurrentUser user, IAppDbContext db)
{
    public bool IsStaff => user.IsInRole(Roles.Staff);

    private IQueryable<int> MyDevelopingCoops =>
        db.DevelopingCoops.Where(c => c.RepUserIds.Contains(user.Id ?? -1)).Select(c => c.Id);

    public IQueryable<LoanApplication> Visible(IQueryable<LoanApplication> applications)
    {
        if (IsStaff)
        {
            return applications;
        }

        if (!user.IsInRole(Roles.CoopRep) || user.Id is null)
        {
            return applications.Where(a => false);
        }

        var own = user.CooperativeId ?? -1;
        var developing = MyDevelopingCoops;
        return applications.Where(a => a.CooperativeId == own || (a.DevelopingCoopId != null && developing.Contains(a.DevelopingCoopId.Value)));
    }

    public IQueryable<Loan> Visible(IQueryable<Loan> loans)
    {
        if (IsStaff)
        {
            return loans;
        }

        if (!user.IsInRole(Roles.CoopRep) || user.Id is null)
        {
            return loans.Where(l => false);
        }

        var own = user.CooperativeId ?? -1;
        var developing = MyDevelopingCoops;
        return loans.Where(l => l.CooperativeId == own || (l.DevelopingCoopId != null && developing.Contains(l.DevelopingCoopId.Value)));
    }

    public async Task<Loan> LoanAsync(int id, CancellationToken ct, bool tracking = false)
    {
        var query = Visible(db.Loans).Include(l => l.TermsHistory).Include(l => l.Payments);
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Loan", id);
    }

    public async Task<LoanApplication> ApplicationAsync(int id, CancellationToken ct, bool tracking = false)
    {
        var query = Visible(db.LoanApplications).Include(a => a.Votes).Include(a => a.Referrals).Include(a => a.Attachments);
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Loan application", id);
    }
}
