using System.Buffers;
using System.Data.Common;
using System.Text.Json;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Multi-row parameterised INSERTs (a prepared statement of <see cref="RowsPerStatement"/> invoices, reused) on the
/// context's connection and transaction: a statement per hundred invoices rather than per invoice, on SQLite and
/// SQL Server alike. Table, columns and value conversions come from the EF model (so SQLite's and SQL Server's
/// storage formats are the ones EF reads back), and the lines go to their JSON column in the shape EF writes it.
/// </summary>
public sealed class InvoiceWriter(AppDbContext db) : IInvoiceWriter
{
    // Invoices per INSERT statement: 100 rows of 13 values stay under SQL Server's 2,100 parameters per command.
    private const int RowsPerStatement = 100;

    public async Task InsertAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct)
    {
        if (invoices.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(Invoice))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey() && p.PropertyInfo is not null).ToList();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToList();
        var lineType = entity.FindNavigation(nameof(Invoice.Lines))!.TargetEntityType;
        var linesColumn = lineType.GetContainerColumnName()!;
        // The line fields as EF reads them from JSON: its names and its value formats (SQLite keeps decimals as strings).
        var lineFields = lineType.GetProperties().Where(p => p.PropertyInfo is not null && p.GetJsonPropertyName() is not null)
            .Select(p => (Name: p.GetJsonPropertyName()!, p.PropertyInfo, Json: p.GetJsonValueReaderWriter() ?? p.GetTypeMapping().JsonValueReaderWriter!))
            .ToList();
        var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).Append(sql.DelimitIdentifier(linesColumn)).ToList();
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var first = invoices[0];

        // A prepared INSERT of `rows` invoices, its parameters typed from the EF mappings (values set per use).
        DbCommand Prepare(int rows, out DbParameter[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var width = columns.Count;
            parameters = new DbParameter[rows * width];
            var values = new List<string>(rows);
            for (var r = 0; r < rows; r++)
            {
                var names = new string[width];
                for (var c = 0; c < width; c++)
                {
                    var name = sql.GenerateParameterName($"p{r}_{c}");
                    names[c] = name;
                    DbParameter parameter;
                    if (c < properties.Count)
                    {
                        parameter = mappings[c].CreateParameter(command, name, properties[c].PropertyInfo!.GetValue(first), properties[c].IsNullable);
                    }
                    else
                    {
                        parameter = command.CreateParameter();
                        parameter.ParameterName = name;
                    }

                    parameters[r * width + c] = parameter;
                }

                values.Add($"({string.Join(", ", names)})");
            }

            command.Parameters.AddRange(parameters);
            command.CommandText = into + string.Join(", ", values);
            return command;
        }

        using var json = new LinesJsonWriter(lineFields);
        DbCommand? full = null, rest = null;
        DbParameter[] fullParameters = [], restParameters = [];
        try
        {
            for (var at = 0; at < invoices.Count; at += RowsPerStatement)
            {
                var rows = Math.Min(RowsPerStatement, invoices.Count - at);
                DbCommand command;
                DbParameter[] parameters;
                if (rows == RowsPerStatement)
                {
                    if (full is null)
                    {
                        full = Prepare(rows, out fullParameters);
                        await full.PrepareAsync(ct);
                    }

                    (command, parameters) = (full, fullParameters);
                }
                else
                {
                    rest = Prepare(rows, out restParameters);
                    (command, parameters) = (rest, restParameters);
                }

                for (var r = 0; r < rows; r++)
                {
                    var invoice = invoices[at + r];
                    var offset = r * columns.Count;
                    for (var c = 0; c < properties.Count; c++)
                    {
                        var value = properties[c].PropertyInfo!.GetValue(invoice);
                        parameters[offset + c].Value = value is null ? DBNull.Value : mappings[c].Converter?.ConvertToProvider(value) ?? value;
                    }

                    parameters[offset + properties.Count].Value = json.Write(invoice.Lines);
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Could not insert the batch of invoices: {ex.Message}", ex);
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            if (rest is not null)
            {
                await rest.DisposeAsync();
            }
        }
    }

    /// <summary>Writes an invoice's lines as the JSON array EF reads back, reusing one buffer for a whole batch.</summary>
    private sealed class LinesJsonWriter(List<(string Name, System.Reflection.PropertyInfo? Property, JsonValueReaderWriter Json)> fields) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private Utf8JsonWriter? _json;

        public string Write(IReadOnlyList<InvoiceLine> lines)
        {
            _buffer.ResetWrittenCount();
            if (_json is null)
            {
                _json = new Utf8JsonWriter(_buffer);
            }
            else
            {
                _json.Reset(_buffer);
            }

            _json.WriteStartArray();
            foreach (var line in lines)
            {
                _json.WriteStartObject();
                foreach (var (name, property, writer) in fields)
                {
                    _json.WritePropertyName(name);
                    var value = property!.GetValue(line);
                    if (value is null)
                    {
                        _json.WriteNullValue();
                    }
                    else
                    {
                        writer.ToJson(_json, value);
                    }
                }

                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.Flush();
            return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }

        public void Dispose() => _json?.Dispose();
    }
}
