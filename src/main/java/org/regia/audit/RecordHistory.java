package org.regia.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.regia.shared.AuditRevision;
import org.regia.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of any audited entity, by entity name and id, without depending on the module that owns
 * the entity: the JPA metamodel gives the class and its attributes.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

    private final EntityManager em;

    RecordHistory(EntityManager em) {
        this.em = em;
    }

    /** The audited entity names (e.g. "Organisation"). */
    public List<String> auditedEntities() {
        AuditReader reader = AuditReaderFactory.get(em);
        return em.getMetamodel().getEntities().stream()
                .filter(e -> reader.isEntityClassAudited(e.getJavaType()))
                .map(EntityType::getName).sorted().toList();
    }

    /** Every revision of one record, oldest first, with the attributes that changed in each. */
    public List<Revision> of(String entityName, String id) {
        EntityType<?> type = entityType(entityName);
        Object key = toKey(type, id);
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(type.getJavaType(), false, true)
                .add(AuditEntity.id().eq(key))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Revision> revisions = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Object[] row : rows) {
            Object entity = row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, String> values = kind == RevisionType.DEL ? Map.of() : values(type, entity);
            List<Change> changes = new ArrayList<>();
            for (String name : union(previous, values)) {
                String before = previous.get(name);
                String after = values.get(name);
                if (!Objects.equals(before, after)) {
                    changes.add(new Change(name, before, after));
                }
            }
            revisions.add(new Revision(rev.getId(), rev.getChangedAt(), rev.getChangedBy(), kind.name(), changes));
            previous = values;
        }
        return revisions;
    }

    /** The latest changes across all audited entities. */
    public List<RecentChange> recent(int limit) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<RecentChange> result = new ArrayList<>();
        for (String name : auditedEntities()) {
            EntityType<?> type = entityType(name);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), false, true)
                    .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit).getResultList();
            for (Object[] row : rows) {
                AuditRevision rev = (AuditRevision) row[1];
                Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row[0]);
                result.add(new RecentChange(name, String.valueOf(id), rev.getId(), rev.getChangedAt(), rev.getChangedBy(),
                        ((RevisionType) row[2]).name(), label(row[0])));
            }
        }
        result.sort(Comparator.comparing(RecentChange::revision).reversed());
        return result.stream().limit(limit).toList();
    }

    private EntityType<?> entityType(String entityName) {
        AuditReader reader = AuditReaderFactory.get(em);
        return em.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(entityName) && reader.isEntityClassAudited(e.getJavaType()))
                .findFirst().orElseThrow(() -> new NotFoundException("entity", entityName));
    }

    private static Object toKey(EntityType<?> type, String id) {
        Class<?> idType = type.getIdType().getJavaType();
        try {
            if (idType == UUID.class) {
                return UUID.fromString(id);
            }
            if (idType == Long.class || idType == long.class) {
                return Long.valueOf(id);
            }
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(type.getName(), id);
        }
        return id;
    }

    private static Map<String, String> values(EntityType<?> type, Object entity) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (attribute instanceof PluralAttribute<?, ?, ?> || attribute.getName().equals("version")) {
                continue;
            }
            Object value = read(entity, attribute);
            values.put(attribute.getName(), describe(value));
        }
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (attribute instanceof PluralAttribute<?, ?, ?>) {
                Object value = read(entity, attribute);
                if (value instanceof java.util.Collection<?> c) {
                    values.put(attribute.getName(), c.stream().map(RecordHistory::describe).sorted().toList().toString());
                }
            }
        }
        return values;
    }

    private static boolean isEntity(Object o) {
        return o != null && o.getClass().isAnnotationPresent(jakarta.persistence.Entity.class);
    }

    private static boolean declaresToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object read(Object entity, Attribute<?, ?> attribute) {
        try {
            java.lang.reflect.Member member = attribute.getJavaMember();
            if (member instanceof java.lang.reflect.Field f) {
                f.setAccessible(true);
                return f.get(entity);
            }
            if (member instanceof java.lang.reflect.Method m) {
                m.setAccessible(true);
                return m.invoke(entity);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
        return null;
    }

    private static String describe(Object value) {
        if (value == null) {
            return null;
        }
        if (isEntity(value)) {
            // an entity that describes itself (e.g. a year of figures) is shown as such, others by their type
            return declaresToString(value.getClass()) ? value.toString() : value.getClass().getSimpleName();
        }
        Class<?> c = value.getClass();
        if (c.isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
            StringBuilder sb = new StringBuilder();
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(value);
                    if (v != null) {
                        sb.append(sb.isEmpty() ? "" : ", ").append(f.getName()).append('=').append(v);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    sb.append('?');
                }
            }
            return sb.toString();
        }
        return value.toString();
    }

    private static String label(Object entity) {
        for (String getter : List.of("displayName", "getLegalName", "getEmail", "getFullName")) {
            try {
                java.lang.reflect.Method m = entity.getClass().getMethod(getter);
                Object v = m.invoke(entity);
                if (v != null) {
                    return v.toString();
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not every entity has such a getter
            }
        }
        return "";
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> names = new ArrayList<>(b.keySet());
        a.keySet().stream().filter(k -> !b.containsKey(k)).forEach(names::add);
        return names;
    }

    public record Change(String attribute, String before, String after) {
    }

    public record Revision(long revision, Instant at, String by, String kind, List<Change> changes) {
    }

    public record RecentChange(String entity, String id, long revision, Instant at, String by, String kind, String label) {
    }
}
