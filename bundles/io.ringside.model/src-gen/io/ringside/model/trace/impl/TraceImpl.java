/**
 */
package io.ringside.model.trace.impl;

import io.ringside.model.trace.Cursor;
import io.ringside.model.trace.Device;
import io.ringside.model.trace.Trace;
import io.ringside.model.trace.TracePackage;
import io.ringside.model.trace.Violation;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getProducer <em>Producer</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getEventCount <em>Event Count</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getViolationCount <em>Violation Count</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getCursor <em>Cursor</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.TraceImpl#getViolations <em>Violations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TraceImpl extends EObjectImpl implements Trace {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getProducer() <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProducer() <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected String producer = PRODUCER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventCount() <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCount()
	 * @generated
	 * @ordered
	 */
	protected static final long EVENT_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEventCount() <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCount()
	 * @generated
	 * @ordered
	 */
	protected long eventCount = EVENT_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getViolationCount() <em>Violation Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolationCount()
	 * @generated
	 * @ordered
	 */
	protected static final long VIOLATION_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getViolationCount() <em>Violation Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolationCount()
	 * @generated
	 * @ordered
	 */
	protected long violationCount = VIOLATION_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCursor() <em>Cursor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCursor()
	 * @generated
	 * @ordered
	 */
	protected Cursor cursor;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getViolations() <em>Violations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolations()
	 * @generated
	 * @ordered
	 */
	protected EList<Violation> violations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TraceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TracePackage.Literals.TRACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProducer() {
		return producer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducer(String newProducer) {
		String oldProducer = producer;
		producer = newProducer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__PRODUCER, oldProducer, producer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEventCount() {
		return eventCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventCount(long newEventCount) {
		long oldEventCount = eventCount;
		eventCount = newEventCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__EVENT_COUNT, oldEventCount, eventCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getViolationCount() {
		return violationCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViolationCount(long newViolationCount) {
		long oldViolationCount = violationCount;
		violationCount = newViolationCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__VIOLATION_COUNT, oldViolationCount, violationCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cursor getCursor() {
		return cursor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCursor(Cursor newCursor, NotificationChain msgs) {
		Cursor oldCursor = cursor;
		cursor = newCursor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__CURSOR, oldCursor, newCursor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCursor(Cursor newCursor) {
		if (newCursor != cursor) {
			NotificationChain msgs = null;
			if (cursor != null)
				msgs = ((InternalEObject)cursor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TracePackage.TRACE__CURSOR, null, msgs);
			if (newCursor != null)
				msgs = ((InternalEObject)newCursor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TracePackage.TRACE__CURSOR, null, msgs);
			msgs = basicSetCursor(newCursor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.TRACE__CURSOR, newCursor, newCursor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, TracePackage.TRACE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Violation> getViolations() {
		if (violations == null) {
			violations = new EObjectContainmentEList<Violation>(Violation.class, this, TracePackage.TRACE__VIOLATIONS);
		}
		return violations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TracePackage.TRACE__CURSOR:
				return basicSetCursor(null, msgs);
			case TracePackage.TRACE__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case TracePackage.TRACE__VIOLATIONS:
				return ((InternalEList<?>)getViolations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TracePackage.TRACE__NAME:
				return getName();
			case TracePackage.TRACE__PATH:
				return getPath();
			case TracePackage.TRACE__FORMAT:
				return getFormat();
			case TracePackage.TRACE__LEVEL:
				return getLevel();
			case TracePackage.TRACE__PRODUCER:
				return getProducer();
			case TracePackage.TRACE__EVENT_COUNT:
				return getEventCount();
			case TracePackage.TRACE__VIOLATION_COUNT:
				return getViolationCount();
			case TracePackage.TRACE__CURSOR:
				return getCursor();
			case TracePackage.TRACE__DEVICES:
				return getDevices();
			case TracePackage.TRACE__VIOLATIONS:
				return getViolations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TracePackage.TRACE__NAME:
				setName((String)newValue);
				return;
			case TracePackage.TRACE__PATH:
				setPath((String)newValue);
				return;
			case TracePackage.TRACE__FORMAT:
				setFormat((String)newValue);
				return;
			case TracePackage.TRACE__LEVEL:
				setLevel((String)newValue);
				return;
			case TracePackage.TRACE__PRODUCER:
				setProducer((String)newValue);
				return;
			case TracePackage.TRACE__EVENT_COUNT:
				setEventCount((Long)newValue);
				return;
			case TracePackage.TRACE__VIOLATION_COUNT:
				setViolationCount((Long)newValue);
				return;
			case TracePackage.TRACE__CURSOR:
				setCursor((Cursor)newValue);
				return;
			case TracePackage.TRACE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case TracePackage.TRACE__VIOLATIONS:
				getViolations().clear();
				getViolations().addAll((Collection<? extends Violation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TracePackage.TRACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TracePackage.TRACE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case TracePackage.TRACE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case TracePackage.TRACE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case TracePackage.TRACE__PRODUCER:
				setProducer(PRODUCER_EDEFAULT);
				return;
			case TracePackage.TRACE__EVENT_COUNT:
				setEventCount(EVENT_COUNT_EDEFAULT);
				return;
			case TracePackage.TRACE__VIOLATION_COUNT:
				setViolationCount(VIOLATION_COUNT_EDEFAULT);
				return;
			case TracePackage.TRACE__CURSOR:
				setCursor((Cursor)null);
				return;
			case TracePackage.TRACE__DEVICES:
				getDevices().clear();
				return;
			case TracePackage.TRACE__VIOLATIONS:
				getViolations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TracePackage.TRACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TracePackage.TRACE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case TracePackage.TRACE__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case TracePackage.TRACE__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case TracePackage.TRACE__PRODUCER:
				return PRODUCER_EDEFAULT == null ? producer != null : !PRODUCER_EDEFAULT.equals(producer);
			case TracePackage.TRACE__EVENT_COUNT:
				return eventCount != EVENT_COUNT_EDEFAULT;
			case TracePackage.TRACE__VIOLATION_COUNT:
				return violationCount != VIOLATION_COUNT_EDEFAULT;
			case TracePackage.TRACE__CURSOR:
				return cursor != null;
			case TracePackage.TRACE__DEVICES:
				return devices != null && !devices.isEmpty();
			case TracePackage.TRACE__VIOLATIONS:
				return violations != null && !violations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", path: ");
		result.append(path);
		result.append(", format: ");
		result.append(format);
		result.append(", level: ");
		result.append(level);
		result.append(", producer: ");
		result.append(producer);
		result.append(", eventCount: ");
		result.append(eventCount);
		result.append(", violationCount: ");
		result.append(violationCount);
		result.append(')');
		return result.toString();
	}

} //TraceImpl
