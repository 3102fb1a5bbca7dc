using System.Data;
using System.Data.Common;
using CoopAlliance.Application.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// The import's roster rows as prepared INSERTs and UPDATEs of the People table on the context's connection and
/// transaction: one statement of each kind per batch, prepared once and given each row's values. The columns are plain
/// (text, integers, a date, booleans) and stored alike by both providers, so the statements are the same on both.
/// </summary>
public sealed class RosterWriter(AppDbContext db) : IRosterWriter
{
    private const string InsertSql = """
        INSERT INTO People (CooperativeId, FullName, Role, Email, Phone, IsWorkerOwner, StartedOn, IsPrimaryContact, Version)
        VALUES (@coop, @name, @role, @email, @phone, @owner, @started, @primary, 0)
        """;

    private const string UpdateSql = """
        UPDATE People SET FullName = @name, Role = @role, Email = @email, Phone = @phone, IsWorkerOwner = @owner,
            StartedOn = @started, IsPrimaryContact = @primary, Version = Version + 1
        WHERE Id = @id AND CooperativeId = @coop
        """;

    // A co-op has one primary contact: naming one demotes the others (Cooperative.KeepOnePrimaryContact).
    private const string DemoteSql = "UPDATE People SET IsPrimaryContact = @no, Version = Version + 1 WHERE CooperativeId = @coop AND IsPrimaryContact = @yes AND Id <> @id";

    public async Task WriteAsync(IReadOnlyList<RosterWrite> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var insert = Command(connection, transaction, InsertSql, false);
        await using var update = Command(connection, transaction, UpdateSql, true);
        await using var demote = connection.CreateCommand();
        demote.Transaction = transaction;
        demote.CommandText = DemoteSql;
        var demoteCoop = Add(demote, "@coop", DbType.Int32);
        var demoteId = Add(demote, "@id", DbType.Int32);
        Add(demote, "@no", DbType.Boolean).Value = false;
        Add(demote, "@yes", DbType.Boolean).Value = true;

        foreach (var row in rows)
        {
            if (row.Details.IsPrimaryContact)
            {
                demoteCoop.Value = row.CoopId;
                demoteId.Value = row.PersonId ?? 0;
                await demote.ExecuteNonQueryAsync(ct);
            }

            var command = row.PersonId is null ? insert : update;
            var p = command.Parameters;
            var d = row.Details;
            p[0].Value = row.CoopId;
            p[1].Value = d.FullName;
            p[2].Value = (object?)d.Role ?? DBNull.Value;
            p[3].Value = (object?)d.Email ?? DBNull.Value;
            p[4].Value = (object?)d.Phone ?? DBNull.Value;
            p[5].Value = d.IsWorkerOwner;
            p[6].Value = d.StartedOn is { } started ? started : DBNull.Value;
            p[7].Value = d.IsPrimaryContact;
            if (row.PersonId is { } id)
            {
                p[8].Value = id;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, bool withId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, "@coop", DbType.Int32);
        Add(command, "@name", DbType.String);
        Add(command, "@role", DbType.String);
        Add(command, "@email", DbType.String);
        Add(command, "@phone", DbType.String);
        Add(command, "@owner", DbType.Boolean);
        Add(command, "@started", DbType.Date);
        Add(command, "@primary", DbType.Boolean);
        if (withId)
        {
            Add(command, "@id", DbType.Int32);
        }

        return command;
    }

    private static DbParameter Add(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
